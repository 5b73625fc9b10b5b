package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * A headache with the features NICE CG150 lists for further investigation (urgent, same day): a headache
 * brought on by coughing, sneezing, straining or exercise (sex included), one that changes with posture, a fever,
 * vomiting, and a new headache with a suppressed immune system or a history of cancer (CG150 says "new-onset"
 * for these two, so a headache of years is not one); with new confusion (impaired consciousness) it is an
 * emergency. Vomiting counts with a headache that is not long-standing and not after a head injury (see
 * {@link HeadInjury}). A headache with a fever has its own advice (what would make it meningitis). A thunderclap
 * headache is {@link ThunderclapHeadache}; fever with a stiff neck, {@link Meningitis}; a new headache at 50 or
 * over, {@link GiantCellArteritis}.
 */
public final class HeadacheWarningSigns implements RedFlagRule {

    @Override
    public String code() {
        return "headache-warning-signs";
    }

    @Override
    public String source() {
        return Guidelines.HEADACHE;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        if (!f.hasAny("headache", "headache-on-coughing", "headache-on-exertion", "headache-changes-with-posture")
                && !f.hurts(Findings.HEADACHE_AREAS)) {
            return Optional.empty();
        }
        List<String> because = new ArrayList<>(f.present("headache-on-coughing", "headache-on-exertion",
                "headache-changes-with-posture", "confusion"));
        if (f.recentOrUnknownOnset()) {
            because.addAll(f.present("immunosuppression", "cancer"));
            if (!f.has("head-injury")) {
                because.addAll(f.present("vomiting"));
            }
        }
        because.addAll(f.present("fever"));
        if (f.has("confusion")) {
            return flag(Urgency.EMERGENCY, "confusion", because);
        }
        return flag(Urgency.URGENT, f.has("fever") ? "fever" : null, because);
    }
}
