package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * A headache with the features NICE CG150 lists for further investigation (urgent, same day): a recent head
 * injury, a headache brought on by coughing, sneezing or straining, a suppressed immune system, or a history
 * of cancer. With new confusion, or after a head injury on blood thinners (NICE NG232: a scan within hours),
 * it is an emergency. A thunderclap headache is {@link ThunderclapHeadache}; fever with a stiff neck,
 * {@link Meningitis}; a new headache at 50 or over, {@link GiantCellArteritis}.
 */
public final class HeadacheWarningSigns implements RedFlagRule {

    @Override
    public String code() {
        return "headache-warning-signs";
    }

    @Override
    public String source() {
        return Guidelines.HEADACHE + "; NICE NG232: Head injury: assessment and early management (2023)";
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        if (!f.has("headache") && !f.hurts(Findings.HEADACHE_AREAS)) {
            return Optional.empty();
        }
        boolean emergency = f.has("confusion") || (f.has("head-injury") && f.has("anticoagulants"));
        List<String> because = new ArrayList<>(f.present("head-injury", "headache-on-coughing", "confusion",
                "immunosuppression", "cancer"));
        if (f.has("head-injury")) {
            because.addAll(f.present("anticoagulants"));
        }
        if (emergency) {
            return flag(Urgency.EMERGENCY, "A headache with confusion, or after a blow to the head while taking blood thinners, "
                    + "needs to be seen in an emergency department now.", because);
        }
        return flag(Urgency.URGENT, "A headache with this needs a physician's assessment today, before any treatment of the "
                + "neck or head muscles.", because);
    }
}
