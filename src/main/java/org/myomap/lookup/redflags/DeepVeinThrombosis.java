package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Possible deep vein thrombosis (urgent, same day; NICE NG158): a swollen, painful (often red, warm) calf or
 * leg; or a painful calf with one of the Wells score's reasons for a clot (recent surgery, immobility, a cast,
 * cancer, a previous clot), before any swelling: the muscles would otherwise suggest massaging it. With breathlessness it is also
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
        List<String> risk = f.present("recent-surgery", "long-travel", "immobility", "cast-or-splint", "cancer", "previous-clot");
        if (!f.has("calf-swelling")) {
            // the Wells items only: a long journey alone makes many calves ache and is not one
            List<String> wells = f.present("recent-surgery", "immobility", "cast-or-splint", "cancer", "previous-clot");
            if (wells.isEmpty() || !f.hurts("calf", "back-of-knee")) {
                return Optional.empty();
            }
            return flag(Urgency.URGENT, "calf-pain-with-risk", RedFlagRule.join(List.of("calf-pain"), wells));
        }
        return flag(Urgency.URGENT, RedFlagRule.join(List.of("calf-swelling"), risk));
    }
}
