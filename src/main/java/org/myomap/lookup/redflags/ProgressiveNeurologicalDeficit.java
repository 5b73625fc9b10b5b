package org.myomap.lookup.redflags;

import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Severe or progressive neurological deficit (urgent, same day): foot drop or weakness that is getting worse.
 * ACP/APS 2007 recommends prompt imaging and specialist review for these; they are not by themselves cauda
 * equina, which needs sphincter or saddle signs or a deficit in both legs.
 */
public final class ProgressiveNeurologicalDeficit implements RedFlagRule {

    @Override
    public String code() {
        return "progressive-neurological-deficit";
    }

    @Override
    public String source() {
        return Guidelines.BACK_PAIN;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        return flag(Urgency.URGENT, f.present("foot-drop", "progressive-weakness"));
    }
}
