package org.myomap.lookup.text;

/**
 * One thing the lookup knows: a region or activity of the catalogue, or a symptom or history item of the
 * lookup's vocabulary. {@code kind} is region, activity, symptom or history.
 */
public record Concept(String kind, String id) {

    /** The single token that stands for this concept in the analysed stream. */
    String token() {
        return kind + ":" + id;
    }

    static Concept ofToken(String token) {
        int colon = token.indexOf(':');
        return new Concept(token.substring(0, colon), token.substring(colon + 1));
    }
}
