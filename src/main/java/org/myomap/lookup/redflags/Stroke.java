package org.myomap.lookup.redflags;

import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Possible stroke or TIA (emergency): a face that has dropped on one side, slurred or lost speech, sudden weakness
 * or numbness down one side (NICE NG128, the FAST test), or a sudden loss of sight in one eye (the NHS stroke and
 * TIA guidance lists sudden loss or blurring of vision; NG128 itself does not list it, but refers a suspected TIA
 * immediately, even when it has passed). Whatever hurts: a stroke can come with neck pain (a torn artery in the
 * neck) or none, and no muscle explains these.
 */
public final class Stroke implements RedFlagRule {

    @Override
    public String code() {
        return "possible-stroke";
    }

    @Override
    public String source() {
        return Guidelines.STROKE;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        return flag(Urgency.EMERGENCY, f.present("face-drooping", "speech-difficulty", "one-sided-weakness", "sudden-vision-loss"));
    }
}
