package org.myomap.lookup.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which findings of a text are negated, in the manner of NegEx (Chapman WW, Bridewell W, Hanbury P, Cooper GF,
 * Buchanan BG. A simple algorithm for identifying negated findings and diseases in discharge summaries.
 * J Biomed Inform. 2001;34(5):301-310): a negation cue opens a scope that covers the findings after it, up to
 * a fixed number of words, and a termination term or the end of a sentence closes it early.
 *
 * <ul>
 *   <li>Cues before a finding: no, not, without, never (had), denies/denied, nor, neither, none, free of,
 *       negative for. Phrases that contain a negation word but state a finding ("can't feel", "no bladder
 *       control", "unable to pass urine") are matched whole by the vocabulary first, so they are never cues.</li>
 *   <li>Pseudo-negations open no scope: "not sure", "not only", "no better", "not improving", "no change",
 *       "no relief", "not able to", "not easing", "does not go away", "no matter".</li>
 *   <li>Cues after a finding: "absent", "ruled out" negate the finding just before them in the same clause.</li>
 *   <li>The scope is closed by: the end of a sentence (. ; ! ? or a new line); "but", "however", "although",
 *       "though", "yet", "except", "apart/aside from", "still", "whereas"; a comma, unless the comma only
 *       continues a list of findings that ends in "or"/"nor" ("no numbness, tingling or weakness"); "and"
 *       unless it directly joins two symptoms or history items ("no fever and chills" negates both; "no
 *       fever and my knee is hot and swollen" keeps the knee: a new subject starts a new clause); and after {@value #WINDOW} words.</li>
 * </ul>
 * The words are English here; {@link Words} holds them per language (Spanish: "no", "sin", "nunca", "ni",
 * "tampoco", "ningún", "niega"; closed by "pero", "sino", "aunque"; see {@link SpanishWords}).
 * Erring matters here: a wrongly negated red flag is a missed emergency, so every closing rule above errs
 * towards ending the scope early.
 */
final class NegationScope {

    /** Words a scope reaches after its cue; NegEx used five to six. */
    static final int WINDOW = 6;

    /**
     * The words the scope looks for in one language, as the language's chain stems them: {@code cues} open a
     * scope, {@code cuesBeforeOfOrFor} only before one of {@code ofOrFor} ("free of"), {@code pseudoFollowers}
     * after a cue make it no cue ("not sure"), {@code terminators} close a scope, {@code postCues} negate the
     * finding before them ({@code postCuePairs}: two-word ones, "ruled out"), {@code ands} and {@code ors} join
     * findings, and {@code clitics} are skipped when looking for a pseudo-follower ("no se me quita").
     */
    record Words(Set<String> cues, Set<String> cuesBeforeOfOrFor, Set<String> ofOrFor, Set<String> pseudoFollowers,
            Set<String> terminators, Set<String> postCues, Map<String, String> postCuePairs, Set<String> ands,
            Set<String> ors, Set<String> clitics) {
    }

    /** English, as Porter stems it. */
    static final Words ENGLISH = new Words(Set.of("no", "not", "without", "never", "deni", "nor", "neither", "none"),
            Set.of("free", "neg"), Set.of("of", "for"),
            Set.of("sure", "certain", "onli", "better", "improv", "chang", "increas", "relief", "abl", "eas", "go",
                    "matter", "doubt", "idea", "stop", "settl", "help"),
            Set.of("but", "howev", "although", "though", "yet", "except", "apart", "asid", "still", "wherea", "besid"),
            Set.of("absent"), Map.of("rule", "out"), Set.of("and"), Set.of("or", "nor"), Set.of());

    private final Words words;

    NegationScope(Words words) {
        this.words = words;
    }

    /** For each slot, whether the concepts in it are negated. */
    boolean[] negated(List<Slot> slots) {
        boolean[] negated = new boolean[slots.size()];
        int left = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (left > 0 && closes(slots, i)) {
                left = 0;
            }
            if (opens(slots, i)) {
                left = WINDOW;
                continue;
            }
            if (postCue(slots, i)) {
                negatePrevious(slots, negated, i);
                continue;
            }
            if (left > 0) {
                negated[i] = slot.isConcept();
                left--;
            }
        }
        return negated;
    }

    private boolean opens(List<Slot> slots, int i) {
        Slot slot = slots.get(i);
        if (slot.isConcept()) {
            return false;
        }
        Slot next = i + 1 < slots.size() ? slots.get(i + 1) : null;
        if (words.cuesBeforeOfOrFor().contains(slot.term())) {
            return next != null && !next.isConcept() && words.ofOrFor().contains(next.term());
        }
        if (!words.cues().contains(slot.term())) {
            return false;
        }
        int after = i + 1;
        while (after < slots.size() && !slots.get(after).isConcept() && words.clitics().contains(slots.get(after).term())) {
            after++;
        }
        Slot follower = after < slots.size() ? slots.get(after) : null;
        return follower == null || follower.isConcept() || !words.pseudoFollowers().contains(follower.term());
    }

    private boolean closes(List<Slot> slots, int i) {
        Slot slot = slots.get(i);
        if (slot.before() == Slot.Boundary.SENTENCE || (!slot.isConcept() && words.terminators().contains(slot.term()))) {
            return true;
        }
        if (!slot.isConcept() && words.ands().contains(slot.term())) {
            return i == 0 || !slots.get(i - 1).isFinding() || i + 1 >= slots.size() || !slots.get(i + 1).isFinding()
                    || slots.get(i + 1).afterDroppedWord();
        }
        return slot.before() == Slot.Boundary.COMMA && !continuesAList(slots, i);
    }

    /** After a comma: only findings, then "or"/"nor", then a finding, all before the sentence ends. */
    private boolean continuesAList(List<Slot> slots, int from) {
        for (int i = from; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (i > from && slot.before() == Slot.Boundary.SENTENCE) {
                return false;
            }
            if (!slot.isConcept() && words.ors().contains(slot.term())) {
                return i > from && i + 1 < slots.size() && slots.get(i + 1).isFinding();
            }
            if (!slot.isFinding()) {
                return false;
            }
        }
        return false;
    }

    private boolean postCue(List<Slot> slots, int i) {
        Slot slot = slots.get(i);
        if (slot.isConcept()) {
            return false;
        }
        String second = words.postCuePairs().get(slot.term());
        return words.postCues().contains(slot.term()) || (second != null && i + 1 < slots.size() && slots.get(i + 1).is(second));
    }

    /** The nearest concept before a post cue, within three slots and the same clause. */
    private static void negatePrevious(List<Slot> slots, boolean[] negated, int cue) {
        for (int i = cue - 1; i >= Math.max(0, cue - 3); i--) {
            if (slots.get(i + 1).before() != Slot.Boundary.NONE) {
                return;
            }
            if (slots.get(i).isConcept()) {
                negated[i] = true;
                return;
            }
        }
    }
}
