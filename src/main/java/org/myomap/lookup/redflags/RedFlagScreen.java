package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.myomap.common.i18n.Language;

/**
 * Screens for findings that point away from muscles: every rule, each in its own class with its guideline.
 * Flags come most urgent first; among equally urgent flags, in the order of {@link #RULES}, which puts the
 * more specific rule before the broader one (pulmonary embolism before the heart, cord compression before
 * cauda equina).
 */
public final class RedFlagScreen {

    public static final List<RedFlagRule> RULES = List.of(
            new MetastaticSpinalCordCompression(),
            new CaudaEquina(),
            new SpinalInfection(),
            new CompartmentSyndrome(),
            new AcuteLimbIschaemia(),
            new SepticArthritis(),
            new Meningitis(),
            new Sepsis(),
            new Stroke(),
            new HeadInjury(),
            new ThunderclapHeadache(),
            new PulmonaryEmbolism(),
            new Cardiac(),
            new GiantCellArteritis(),
            new HeadacheWarningSigns(),
            new ProgressiveNeurologicalDeficit(),
            new Fracture(),
            new FragilityFracture(),
            new DeepVeinThrombosis(),
            new CancerOrInfection(),
            new AgeWithNewBackPain(),
            new NerveRootSigns());

    private RedFlagScreen() {
    }

    /** Every flag the findings raise, most urgent first, in English. */
    public static List<RedFlag> screen(Findings findings) {
        return screen(findings, Language.DEFAULT);
    }

    /** Every flag the findings raise, most urgent first, with their messages in {@code language}. */
    public static List<RedFlag> screen(Findings findings, Language language) {
        List<RedFlag> flags = new ArrayList<>();
        for (RedFlagRule rule : RULES) {
            rule.screen(findings).map(flag -> flag.in(language)).ifPresent(flags::add);
        }
        flags.sort(Comparator.comparing(RedFlag::urgency)); // stable: rule order within one urgency
        return flags;
    }
}
