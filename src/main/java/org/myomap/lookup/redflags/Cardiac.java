package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Possible acute coronary syndrome or angina (emergency; NICE CG95): chest pain on exertion; or pain in the
 * chest, arm, jaw, neck, between the shoulder blades or upper abdomen with breathlessness or sweating.
 */
public final class Cardiac implements RedFlagRule {

    @Override
    public String code() {
        return "possible-heart-problem";
    }

    @Override
    public String source() {
        return Guidelines.CARDIAC;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        List<String> because = new ArrayList<>(f.present("chest-pain-on-exertion"));
        if (f.hurts("chest", "upper-limb", "jaw", "neck", "between-shoulder-blades", "upper-abdomen")) {
            because.addAll(f.present("breathlessness", "sweating"));
        }
        return flag(Urgency.EMERGENCY, "Pain with exertion, breathlessness or sweating can come from the heart. Call emergency "
                + "services now.", because);
    }
}
