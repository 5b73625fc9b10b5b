package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Septic arthritis (emergency). The hot swollen joint guideline: an acutely hot, swollen, painful joint is
 * infected until proven otherwise, fever or not, and needs the same-day aspiration that only a hospital gives.
 * A joint that swelled after an injury (a sprain, a fall) is outside that guideline unless there is fever:
 * injury raises {@link Fracture} where its criteria are met.
 */
public final class SepticArthritis implements RedFlagRule {

    @Override
    public String code() {
        return "possible-septic-arthritis";
    }

    @Override
    public String source() {
        return Guidelines.SEPTIC_ARTHRITIS;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        if (!f.has("hot-swollen-joint")
                || (f.hasAny("minor-trauma", "major-trauma", "fracture", "crush-injury") && !f.has("fever"))) {
            return Optional.empty();
        }
        return flag(Urgency.EMERGENCY, f.present("hot-swollen-joint", "fever", "immunosuppression", "iv-drug-use", "recent-surgery"));
    }
}
