package org.myomap.common.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An {@code If-None-Match} or {@code If-Match} condition (RFC 9110 §13.1): {@code *}, or a list of entity tags,
 * each maybe weak ({@code W/"x"}). If-None-Match uses the weak comparison: two tags match when their opaque
 * parts are equal, whether either is marked weak or not. If-Match uses the strong comparison, so a weak member
 * never matches. A malformed member is ignored.
 */
public final class EntityTagCondition {

    private static final EntityTagCondition NONE = new EntityTagCondition(false, List.of());

    private final boolean any;
    /** The opaque tags, quotes included, e.g. {@code "1a2b"}. */
    private final List<String> opaqueTags;

    private EntityTagCondition(boolean any, List<String> opaqueTags) {
        this.any = any;
        this.opaqueTags = opaqueTags;
    }

    /** The condition of an If-None-Match header value (several header lines joined by commas); null: none. */
    public static EntityTagCondition ifNoneMatch(String header) {
        return parse(header, true);
    }

    /** The condition of an If-Match header value: weak members are dropped, as the strong comparison never matches them. */
    public static EntityTagCondition ifMatch(String header) {
        return parse(header, false);
    }

    private static EntityTagCondition parse(String header, boolean keepWeak) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        List<String> tags = new ArrayList<>();
        boolean any = false;
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
            } else if (c == '*') {
                any = true;
                i++;
            } else {
                boolean weak = header.startsWith("W/", i);
                int start = weak ? i + 2 : i;
                int end = start < n && header.charAt(start) == '"' ? header.indexOf('"', start + 1) : -1;
                if (end < 0) {
                    int comma = header.indexOf(',', i); // malformed member: skip it
                    i = comma < 0 ? n : comma + 1;
                } else {
                    if (keepWeak || !weak) {
                        tags.add(header.substring(start, end + 1));
                    }
                    i = end + 1;
                }
            }
        }
        return new EntityTagCondition(any, List.copyOf(tags));
    }

    /** Whether the condition names the current tag, or is {@code *}. */
    public boolean matches(String current) {
        return any || opaqueTags.contains(current);
    }

    /**
     * Which of the resource's current strong tags the condition names, {@code selected} (the tag of the
     * representation that would be sent) first; empty when none does. {@code *} names the selected one.
     */
    public Optional<String> matching(String selected, Collection<String> current) {
        if (any || opaqueTags.contains(selected)) {
            return Optional.of(selected);
        }
        return current.stream().filter(opaqueTags::contains).findFirst();
    }
}
