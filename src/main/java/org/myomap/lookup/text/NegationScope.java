package org.myomap.lookup.text;

import java.util.List;
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
 * Erring matters here: a wrongly negated red flag is a missed emergency, so every closing rule above errs
 * towards ending the scope early.
 */
final class NegationScope {

    /** Words a scope reaches after its cue; NegEx used five to six. */
    static final int WINDOW = 6;

    private static final Set<String> CUES = Set.of("no", "not", "without", "never", "deni", "nor", "neither", "none");
    private static final Set<String> CUES_BEFORE_OF_OR_FOR = Set.of("free", "neg");
    private static final Set<String> PSEUDO_FOLLOWERS = Set.of("sure", "certain", "onli", "better", "improv", "chang",
            "increas", "relief", "abl", "eas", "go", "matter", "doubt", "idea", "stop", "settl", "help");
    private static final Set<String> TERMINATORS = Set.of("but", "howev", "although", "though", "yet", "except",
            "apart", "asid", "still", "wherea", "besid");
    private static final Set<String> POST_CUES = Set.of("absent");

    private NegationScope() {
    }

    /** For each slot, whether the concepts in it are negated. */
    static boolean[] negated(List<Slot> slots) {
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

    private static boolean opens(List<Slot> slots, int i) {
        Slot slot = slots.get(i);
        if (slot.isConcept()) {
            return false;
        }
        Slot next = i + 1 < slots.size() ? slots.get(i + 1) : null;
        if (CUES_BEFORE_OF_OR_FOR.contains(slot.term())) {
            return next != null && (next.is("of") || next.is("for"));
        }
        if (!CUES.contains(slot.term())) {
            return false;
        }
        return next == null || next.isConcept() || !PSEUDO_FOLLOWERS.contains(next.term());
    }

    private static boolean closes(List<Slot> slots, int i) {
        Slot slot = slots.get(i);
        if (slot.before() == Slot.Boundary.SENTENCE || (!slot.isConcept() && TERMINATORS.contains(slot.term()))) {
            return true;
        }
        if (slot.is("and")) {
            return i == 0 || !slots.get(i - 1).isFinding() || i + 1 >= slots.size() || !slots.get(i + 1).isFinding()
                    || slots.get(i + 1).afterDroppedWord();
        }
        return slot.before() == Slot.Boundary.COMMA && !continuesAList(slots, i);
    }

    /** After a comma: only findings, then "or"/"nor", then a finding, all before the sentence ends. */
    private static boolean continuesAList(List<Slot> slots, int from) {
        for (int i = from; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (i > from && slot.before() == Slot.Boundary.SENTENCE) {
                return false;
            }
            if (slot.is("or") || slot.is("nor")) {
                return i > from && i + 1 < slots.size() && slots.get(i + 1).isFinding();
            }
            if (!slot.isFinding()) {
                return false;
            }
        }
        return false;
    }

    private static boolean postCue(List<Slot> slots, int i) {
        Slot slot = slots.get(i);
        if (slot.isConcept()) {
            return false;
        }
        return POST_CUES.contains(slot.term())
                || (slot.is("rule") && i + 1 < slots.size() && slots.get(i + 1).is("out"));
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
