package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Possible deep vein thrombosis (urgent, same day; NICE NG158): a swollen, painful (often red, warm) calf or
 * leg; the risk factors that make it likelier are listed with it. With breathlessness it is also
 * {@link PulmonaryEmbolism}. The code stays "possible-blood-clot" for clients of the first contract.
 */
public final class DeepVeinThrombosis implements RedFlagRule {

    @Override
    public String code() {
        return "possible-blood-clot";
    }

    @Override
    public String source() {
        return Guidelines.VTE;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        if (!f.has("calf-swelling")) {
            return Optional.empty();
        }
        return flag(Urgency.URGENT, "A swollen, painful calf can be a blood clot (deep vein thrombosis). See a physician today; "
                + "do not massage the calf.", RedFlagRule.join(List.of("calf-swelling"), f.present("recent-surgery",
                        "long-travel", "immobility", "cast-or-splint", "cancer", "previous-clot")));
    }
}
