package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Fracture risk without trauma (urgent): new spine pain with long-term steroid use or osteoporosis, where a
 * vertebra can collapse with no injury at all. Long-standing (chronic) pain does not raise it; an injury
 * raises {@link Fracture} instead.
 */
public final class FragilityFracture implements RedFlagRule {

    @Override
    public String code() {
        return "possible-fragility-fracture";
    }

    @Override
    public String source() {
        return Guidelines.FRACTURE;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        if (!f.hurts(Findings.SPINE) || !f.recentOrUnknownOnset() || f.hasAny("minor-trauma", "major-trauma", "strenuous-lifting")) {
            return Optional.empty();
        }
        List<String> because = f.present("long-term-steroids", "osteoporosis");
        return flag(Urgency.URGENT, because);
    }
}
