package org.myomap.lookup.text;

import java.util.List;

/**
 * One position of an analysed text: either a word the vocabulary does not know ({@code term}, stemmed) or
 * the concepts a phrase stands for; {@code start}/{@code end} locate it in the (lower-cased) text, and
 * {@code before} says what punctuation separates it from the slot before, and {@code afterDroppedWord} whether a
 * stop word ("my", "the", "is") was dropped just before it.
 */
record Slot(int start, int end, String term, List<Concept> concepts, Boundary before, boolean afterDroppedWord) {

    enum Boundary { NONE, COMMA, SENTENCE }

    boolean isConcept() {
        return !concepts.isEmpty();
    }

    boolean is(String stem) {
        return stem.equals(term);
    }

    boolean isFinding() {
        return concepts.stream().anyMatch(c -> c.kind().equals("symptom") || c.kind().equals("history"));
    }
}
