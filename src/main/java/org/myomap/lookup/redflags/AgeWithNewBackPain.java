package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/** New back pain starting over 50 or under 20 (routine referral; ACP/APS 2007, AHCPR 1994). */
public final class AgeWithNewBackPain implements RedFlagRule {

    @Override
    public String code() {
        return "age-with-new-back-pain";
    }

    @Override
    public String source() {
        return Guidelines.BACK_PAIN;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        boolean newBackPain = f.hurts("lower-back", "upper-back") && "recent".equals(f.onset());
        if (!newBackPain || f.age() == null || (f.age() <= 50 && f.age() >= 20)) {
            return Optional.empty();
        }
        return flag(Urgency.ROUTINE_REFERRAL, List.of("age " + f.age(), "recent onset"));
    }
}
