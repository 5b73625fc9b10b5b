package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the screen looks at, affirmed findings only (negated ones never get here). {@code painRegions} holds
 * each painful region and all its ancestors; {@code bothLegs} is true when pain is reported in both legs. History
 * items that entail another carry it: anticancer treatment suppresses the immune system.
 */
public record Findings(Set<String> symptoms, Set<String> history, Integer age, String onset, Set<String> painRegions,
        boolean bothLegs) {

    /** Regions over the spine, where the back pain guidelines apply. */
    static final String[] SPINE = {"lower-back", "upper-back", "back-of-neck"};
    static final String[] LIMBS = {"upper-limb", "lower-limb"};
    /** Where a headache is felt; a pain in the face, an ear or the teeth alone is not one. */
    static final String[] HEADACHE_AREAS = {"temple", "forehead", "top-of-head", "back-of-head"};

    public Findings {
        symptoms = Set.copyOf(symptoms);
        history = withWhatTheyImply(history);
        painRegions = Set.copyOf(painRegions);
    }

    private static Set<String> withWhatTheyImply(Set<String> history) {
        Set<String> all = new java.util.HashSet<>(history);
        if (all.contains("anticancer-treatment")) {
            all.add("immunosuppression");
        }
        return Set.copyOf(all);
    }

    boolean has(String item) {
        return symptoms.contains(item) || history.contains(item);
    }

    boolean hasAny(String... items) {
        return Stream.of(items).anyMatch(this::has);
    }

    boolean hurts(String... regions) {
        return Stream.of(regions).anyMatch(painRegions::contains);
    }

    /** The items present, in the order given: the "because" of a flag. */
    List<String> present(String... items) {
        return Stream.of(items).filter(this::has).toList();
    }

    boolean ageAtLeast(int years) {
        return age != null && age >= years;
    }

    boolean recentOrUnknownOnset() {
        return !"chronic".equals(onset);
    }
}
