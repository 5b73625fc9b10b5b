package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Suspected sepsis (emergency), three ways, each with its own advice:
 * <ul>
 *   <li>NICE NG51's high-risk criteria a lay person can report: fever or a recent infection with new confusion or
 *       mottled, ashen or blue skin (call emergency services);</li>
 *   <li>NICE CG151, neutropenic sepsis, "an acute medical emergency": on anticancer treatment, a fever or simply
 *       becoming unwell (CG151: suspect it "in patients having anticancer treatment who become unwell"; its scope
 *       leaves out neutropenia from other causes), the cancer team's 24-hour line first;</li>
 *   <li>a fever with another suppressed immune system (a transplant, immunosuppressants, HIV): NG51 lowers the
 *       threshold for them, but feeling unwell alone is not a criterion there.</li>
 * </ul>
 * When several apply, the first in that order gives the message; the "because" lists them all.
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
        List<String> because = List.of();
        String variant = null;
        List<String> infection = f.present("fever", "recent-infection");
        List<String> highRisk = f.present("confusion", "mottled-skin");
        if (!infection.isEmpty() && !highRisk.isEmpty()) {
            because = RedFlagRule.join(infection, highRisk);
            variant = "infection";
        }
        if (f.has("anticancer-treatment") && f.hasAny("fever", "feeling-unwell")) {
            because = RedFlagRule.join(because, RedFlagRule.join(List.of("anticancer-treatment"), f.present("fever", "feeling-unwell")));
            variant = variant == null ? "cancer-treatment" : variant;
        } else if (f.has("immunosuppression") && f.has("fever")) {
            because = RedFlagRule.join(because, List.of("immunosuppression", "fever"));
            variant = variant == null ? "weakened-immunity" : variant;
        }
        return flag(Urgency.EMERGENCY, variant, because);
    }
}
