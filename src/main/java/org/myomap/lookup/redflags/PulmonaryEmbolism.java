package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Possible pulmonary embolism (NICE NG158, with the Wells score's risk factors). Emergency: breathlessness,
 * chest pain on breathing in, or coughing blood, together with a reason for a clot (recent surgery, a long
 * journey, immobility or a cast, cancer, a previous clot, or a swollen calf); coughing blood on its own; or
 * pain on breathing in with breathlessness (a clot can come with no obvious cause). Urgent, same day: pain on
 * breathing in alone, which a strained rib muscle also gives.
 */
public final class PulmonaryEmbolism implements RedFlagRule {

    private static final String[] CHEST = {"breathlessness", "pleuritic-chest-pain", "coughing-blood"};
    private static final String[] RISK = {"recent-surgery", "recent-spinal-surgery", "long-travel", "immobility",
        "cast-or-splint", "fracture", "cancer", "previous-clot", "calf-swelling"};

    @Override
    public String code() {
        return "possible-pulmonary-embolism";
    }

    @Override
    public String source() {
        return Guidelines.VTE;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        List<String> chest = f.present(CHEST);
        List<String> risk = f.present(RISK);
        if (risk.isEmpty() && (f.has("coughing-blood") || f.hasAny("pleuritic-chest-pain") && f.has("breathlessness"))) {
            return flag(Urgency.EMERGENCY, "chest-signs", chest);
        }
        if (risk.isEmpty() && f.has("pleuritic-chest-pain")) {
            return flag(Urgency.URGENT, "pleuritic-alone", chest);
        }
        if (chest.isEmpty() || risk.isEmpty()) {
            return Optional.empty();
        }
        return flag(Urgency.EMERGENCY, RedFlagRule.join(chest, risk));
    }
}
