package org.myomap.lookup.redflags;

import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Thunderclap headache (emergency; NICE CG150): a sudden, severe headache that reaches its worst within minutes (CG150: within 5 minutes),
 * "the worst headache of my life", can be a bleed around the brain. The code stays "serious-headache" for
 * clients of the first contract; meningitis now has its own rule.
 */
public final class ThunderclapHeadache implements RedFlagRule {

    @Override
    public String code() {
        return "serious-headache";
    }

    @Override
    public String source() {
        return Guidelines.HEADACHE;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        return flag(Urgency.EMERGENCY, f.present("sudden-severe-headache"));
    }
}
