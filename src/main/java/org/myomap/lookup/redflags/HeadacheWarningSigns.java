package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * A headache with the features NICE CG150 lists for further investigation (urgent, same day): a headache
 * brought on by coughing, sneezing or straining, a fever, a suppressed immune system, or a history of cancer; with new
 * confusion (impaired consciousness) it is an emergency. After a head injury, see {@link HeadInjury}; a
 * thunderclap headache is {@link ThunderclapHeadache}; fever with a stiff neck, {@link Meningitis}; a new
 * headache at 50 or over, {@link GiantCellArteritis}.
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
        if (!f.has("headache") && !f.hurts(Findings.HEADACHE_AREAS)) {
            return Optional.empty();
        }
        List<String> because = f.present("headache-on-coughing", "confusion", "immunosuppression", "cancer", "fever");
        if (f.has("confusion")) {
            return flag(Urgency.EMERGENCY, "confusion", because);
        }
        return flag(Urgency.URGENT, because);
    }
}
