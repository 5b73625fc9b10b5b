package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Suspected sepsis (emergency; NICE NG51 high-risk criteria a lay person can report): fever or a recent
 * infection together with new confusion or mottled, ashen or blue skin.
 */
public final class Sepsis implements RedFlagRule {

    @Override
    public String code() {
        return "possible-sepsis";
    }

    @Override
    public String source() {
        return Guidelines.SEPSIS;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        List<String> infection = f.present("fever", "recent-infection");
        List<String> highRisk = f.present("confusion", "mottled-skin");
        if (infection.isEmpty() || highRisk.isEmpty()) {
            return Optional.empty();
        }
        return flag(Urgency.EMERGENCY, "An infection with confusion or mottled, blue or grey skin can be sepsis. Call emergency "
                + "services now.", RedFlagRule.join(infection, highRisk));
    }
}
