package org.myomap.lookup.text;

import java.util.List;

/**
 * How a text was read: the findings it affirms, those it negates, those it says of someone else ("my mother had
 * cancer"), the words it could not place (so a front-end can ask about them), the side named for each region,
 * and an age if one was stated.
 */
public record Reading(List<Found> affirmed, List<Found> negated, List<Found> aboutOthers, List<String> unplaced, Integer age) {

    /** A concept found in the text, the words that said it, and for a region the side named with it (or null). */
    public record Found(Concept concept, String phrase, String side) {
    }

    public static final Reading EMPTY = new Reading(List.of(), List.of(), List.of(), List.of(), null);
}
