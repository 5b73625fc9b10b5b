package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Possible spinal infection (emergency): pain over the spine with a fever, in someone the back pain guidelines
 * name at risk of a spinal infection or epidural abscess (injecting drugs, a suppressed immune system, recent
 * spinal surgery or injection, a recent infection elsewhere), or with a new neurological sign. NICE's back pain
 * guidance asks for same-day hospital assessment: an abscess can press on the cord within hours. Fever with
 * back pain and none of these stays {@link CancerOrInfection} (urgent).
 */
public final class SpinalInfection implements RedFlagRule {

    private static final String[] RISK = {"iv-drug-use", "immunosuppression", "recent-spinal-surgery", "recent-infection"};
    private static final String[] NEUROLOGICAL = {"weakness", "progressive-weakness", "foot-drop", "numbness",
        "gait-disturbance", "saddle-numbness", "bladder-change", "bowel-change"};

    @Override
    public String code() {
        return "possible-spinal-infection";
    }

    @Override
    public String source() {
        return Guidelines.SPINAL_INFECTION;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        if (!f.has("fever") || !f.hurts(Findings.SPINE)) {
            return Optional.empty();
        }
        List<String> reasons = RedFlagRule.join(f.present(RISK), f.present(NEUROLOGICAL));
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return flag(Urgency.EMERGENCY, RedFlagRule.join(List.of("fever", "spinal pain"), reasons));
    }
}
