package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Possible acute coronary syndrome or angina (emergency; NICE CG95): chest pain on exertion; pain in the
 * chest, arm, jaw, neck, between the shoulder blades or upper abdomen with breathlessness or sweating; or new
 * chest pain that spreads to the arm, jaw or neck (CG95's presentation of an acute coronary syndrome, which
 * needs neither breathlessness nor sweating). Chest and arm pain that is stated to be long-standing is left to
 * the muscles (pectoralis major and the scalenes refer exactly there).
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
        if ("recent".equals(f.onset()) && f.hurts("chest") && f.hurts("upper-limb", "jaw", "neck")) {
            because.add("new-chest-pain-spreading-to-arm-jaw-or-neck");
        }
        return flag(Urgency.EMERGENCY, because);
    }
}
