package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * One red flag rule: a name (the flag's code), the guideline it follows, and the findings that raise it. A rule
 * sees only affirmed findings and fires whatever the muscles would say.
 */
public interface RedFlagRule {

    String code();

    /** The guideline (or guidelines) the rule is written from. */
    String source();

    /** The flag, or empty when the findings do not raise it. */
    Optional<RedFlag> screen(Findings findings);

    /** A flag of this rule, or empty when {@code because} is empty. */
    default Optional<RedFlag> flag(Urgency urgency, String message, List<String> because) {
        return because.isEmpty() ? Optional.empty() : Optional.of(new RedFlag(code(), urgency, message, source(), List.copyOf(because)));
    }

    /** {@code first} followed by {@code more}, for building the "because" list. */
    static List<String> join(List<String> first, List<String> more) {
        List<String> all = new ArrayList<>(first);
        more.stream().filter(m -> !all.contains(m)).forEach(all::add);
        return all;
    }
}
