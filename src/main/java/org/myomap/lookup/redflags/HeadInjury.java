package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * A head injury that NICE NG232 sends to the emergency department from the community: with a headache since,
 * vomiting, loss of consciousness or of memory of the event, confusion, blood thinners, or at 65 or over. No
 * headache is needed: a blow to the head on apixaban with only a stiff neck is the same emergency.
 */
public final class HeadInjury implements RedFlagRule {

    @Override
    public String code() {
        return "head-injury";
    }

    @Override
    public String source() {
        return Guidelines.HEAD_INJURY;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        if (!f.has("head-injury")) {
            return Optional.empty();
        }
        List<String> because = f.present("headache", "vomiting", "loss-of-consciousness", "confusion", "anticoagulants");
        if (f.ageAtLeast(65)) {
            because = RedFlagRule.join(because, List.of("age " + f.age()));
        }
        return flag(Urgency.EMERGENCY, because.isEmpty() ? List.of() : RedFlagRule.join(List.of("head-injury"), because));
    }
}
