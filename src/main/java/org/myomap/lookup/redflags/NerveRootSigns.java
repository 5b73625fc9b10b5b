package org.myomap.lookup.redflags;

import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Nerve root signs (routine referral; NICE NG59, ACP/APS 2007): numbness, tingling, weakness or shooting pain
 * below the knee point to an irritated nerve (for example from a disc), not a muscle.
 */
public final class NerveRootSigns implements RedFlagRule {

    @Override
    public String code() {
        return "nerve-root-signs";
    }

    @Override
    public String source() {
        return Guidelines.BACK_PAIN;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        return flag(Urgency.ROUTINE_REFERRAL, f.present("numbness", "tingling", "weakness", "shooting-pain-below-knee"));
    }
}
