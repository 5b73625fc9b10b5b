package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Suspected sepsis (emergency; NICE NG51 high-risk criteria a lay person can report): fever or a recent
 * infection together with new confusion or mottled, ashen or blue skin. A fever, or simply becoming unwell, in
 * someone whose immune system is suppressed (chemotherapy above all: neutropenic sepsis, NICE CG151, "an acute
 * medical emergency", to be suspected in anyone on anticancer treatment who becomes unwell) is one by itself.
 */
public final class Sepsis implements RedFlagRule {

    @Override
    public String code() {
        return "possible-sepsis";
    }

    @Override
    public String source() {
        return Guidelines.SEPSIS + "; " + Guidelines.NEUTROPENIC_SEPSIS;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        List<String> because = new ArrayList<>();
        List<String> infection = f.present("fever", "recent-infection");
        List<String> highRisk = f.present("confusion", "mottled-skin");
        if (!infection.isEmpty() && !highRisk.isEmpty()) {
            because.addAll(RedFlagRule.join(infection, highRisk));
        }
        // CG151: on anticancer treatment (or another suppressed immune system), a fever or just becoming unwell
        if (f.has("immunosuppression") && f.hasAny("fever", "feeling-unwell")) {
            because = RedFlagRule.join(because, RedFlagRule.join(List.of("immunosuppression"), f.present("fever", "feeling-unwell")));
        }
        return flag(Urgency.EMERGENCY, because);
    }
}
