package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Acute limb ischaemia (emergency; ESVS 2020): a painful limb that has turned cold and pale (or blue, or lost
 * its pulse) has lost its blood supply; numbness and weakness follow, and the limb can be lost within hours.
 */
public final class AcuteLimbIschaemia implements RedFlagRule {

    @Override
    public String code() {
        return "possible-acute-limb-ischaemia";
    }

    @Override
    public String source() {
        return Guidelines.LIMB_ISCHAEMIA;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        if (!f.has("cold-pale-limb")) {
            return Optional.empty();
        }
        return flag(Urgency.EMERGENCY, RedFlagRule.join(List.of("cold-pale-limb"), f.present("numbness", "weakness")));
    }
}
