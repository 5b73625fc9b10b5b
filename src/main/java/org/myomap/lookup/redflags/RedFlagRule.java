package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.common.i18n.Language;
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

    /**
     * A flag of this rule with its message (in English; {@link RedFlag#in} gives it in another language), or empty
     * when {@code because} is empty. The message is the rule's in {@code lookup/messages.yaml}, under its code.
     */
    default Optional<RedFlag> flag(Urgency urgency, List<String> because) {
        return flag(urgency, null, because);
    }

    /** As {@link #flag(Urgency, List)}, with the message of one of the rule's variants: code/variant in the file. */
    default Optional<RedFlag> flag(Urgency urgency, String variant, List<String> because) {
        String key = variant == null ? code() : code() + "/" + variant;
        return because.isEmpty() ? Optional.empty()
                : Optional.of(new RedFlag(code(), urgency, Messages.text(key, Language.DEFAULT), source(), List.copyOf(because), key));
    }

    /** {@code first} followed by {@code more}, for building the "because" list. */
    static List<String> join(List<String> first, List<String> more) {
        List<String> all = new ArrayList<>(first);
        more.stream().filter(m -> !all.contains(m)).forEach(all::add);
        return all;
    }
}
