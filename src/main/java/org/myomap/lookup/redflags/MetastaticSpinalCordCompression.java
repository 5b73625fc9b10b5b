package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Metastatic spinal cord compression (NICE NG234). With a history of cancer and pain over the spine (or a band
 * of pain around the trunk): any neurological symptom (limb weakness, numbness or tingling, difficulty walking,
 * bladder or bowel change) is an emergency, to be discussed with the MSCC team at once; pain with the features
 * of spinal metastases alone (band-like, thoracic or neck, at night, worse lying down, relentless) is urgent,
 * for imaging within a week. NG234 does not wait for spinal pain: with cancer, weakness, difficulty walking or
 * bladder or bowel change are an emergency without it; numbness or tingling alone without spinal pain (often the
 * nerves' reaction to chemotherapy) is urgent, to be discussed with the cancer team the same day.
 */
public final class MetastaticSpinalCordCompression implements RedFlagRule {

    private static final String[] NEUROLOGICAL = {"weakness", "progressive-weakness", "foot-drop", "numbness", "tingling",
        "gait-disturbance", "saddle-numbness", "bladder-change", "bowel-change", "bilateral-sciatica"};
    private static final String[] MOTOR_OR_SPHINCTER = {"weakness", "progressive-weakness", "foot-drop", "gait-disturbance",
        "saddle-numbness", "bladder-change", "bowel-change", "bilateral-sciatica"};
    private static final String[] SENSORY = {"numbness", "tingling"};
    private static final String[] METASTATIC_PAIN = {"band-like-pain", "night-pain", "pain-worse-lying-down",
        "constant-progressive-pain"};

    @Override
    public String code() {
        return "metastatic-spinal-cord-compression";
    }

    @Override
    public String source() {
        return Guidelines.MSCC;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        boolean spinalPain = f.hurts(Findings.SPINE) || f.has("band-like-pain");
        if (!f.has("cancer")) {
            return Optional.empty();
        }
        if (!spinalPain) {
            return withoutSpinalPain(f);
        }
        List<String> neurological = f.present(NEUROLOGICAL);
        if (!neurological.isEmpty()) {
            return flag(Urgency.EMERGENCY, "spinal-neurological", RedFlagRule.join(List.of("cancer"), neurological));
        }
        List<String> pain = f.present(METASTATIC_PAIN);
        boolean upperSpine = f.hurts("upper-back", "back-of-neck");
        if (pain.isEmpty() && !upperSpine) {
            return Optional.empty();
        }
        List<String> because = RedFlagRule.join(List.of("cancer"), pain);
        return flag(Urgency.URGENT, "spinal-pain", upperSpine ? RedFlagRule.join(because, List.of("spinal pain above the low back")) : because);
    }

    private Optional<RedFlag> withoutSpinalPain(Findings f) {
        List<String> motor = f.present(MOTOR_OR_SPHINCTER);
        if (!motor.isEmpty()) {
            return flag(Urgency.EMERGENCY, "motor-or-sphincter", RedFlagRule.join(List.of("cancer"), motor));
        }
        return flag(Urgency.URGENT, "sensory", f.present(SENSORY).isEmpty() ? List.of() : RedFlagRule.join(List.of("cancer"), f.present(SENSORY)));
    }
}
