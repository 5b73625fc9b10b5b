package org.myomap.lookup.text;

import java.util.List;
import java.util.Set;

/**
 * Two of ConText's properties beyond negation (Harkema H, Dowling JN, Thornblade T, Chapman WW. ConText: an
 * algorithm for determining negation, experiencer, and temporal status from clinical reports. J Biomed Inform.
 * 2009;42(5):839-851), each scoped the NegEx way: a trigger opens a scope over the findings near it, and the
 * clause ends it.
 *
 * <ul>
 *   <li><b>Experiencer</b>: a finding said of someone else ("my mother had breast cancer", "family history of
 *       clots") is not the person's own. The scope runs forward from a word for a relative or "family" and is
 *       closed by the end of a sentence, a comma, "and", a word that turns back to the speaker ("I", "me") or a
 *       termination term, after at most {@value #WINDOW} words. Erring towards closing early keeps the speaker's
 *       own red flags: "my dad had cancer and I have back pain at night" keeps the night pain.</li>
 *   <li><b>Temporality, for injuries only</b>: an injury placed years back ("broke my leg ten years ago", "an
 *       old fracture", "as a child") is not the acute injury behind compartment syndrome or a fracture red
 *       flag. Only injuries: a history of cancer or a previous clot matters however old it is.</li>
 * </ul>
 */
final class ConTextScope {

    static final int WINDOW = 6;

    /** Words for someone other than the speaker, before stemming. */
    static final String OTHER_PEOPLE = "mother father mum mom dad parents brother sister son daughter wife husband "
            + "partner friend grandmother grandfather grandma grandpa gran nan aunt uncle cousin relative family";
    /** Units that, followed by "ago", date an injury to the past ("ten years ago"), before stemming. */
    static final String LONG_UNITS = "years decades";
    /** Stages of life that, after "as" or "was", date an injury to the past ("as a child"), before stemming. */
    static final String EARLY_LIFE = "child kid teenager boy girl";

    private static final Set<String> INJURIES = Set.of("fracture", "minor-trauma", "major-trauma", "crush-injury",
            "cast-or-splint", "head-injury", "strenuous-lifting");
    private static final Set<String> BACK_TO_SPEAKER = Set.of("i", "im", "i'm", "me");
    private static final Set<String> TERMINATORS = Set.of("but", "howev", "although", "though", "yet", "except",
            "wherea", "while", "now");

    private final Set<String> otherPeople;
    private final Set<String> longUnits;
    private final Set<String> earlyLife;

    /** The word lists above, each stemmed by the same chain as the text. */
    ConTextScope(Set<String> otherPeople, Set<String> longUnits, Set<String> earlyLife) {
        this.otherPeople = Set.copyOf(otherPeople);
        this.longUnits = Set.copyOf(longUnits);
        this.earlyLife = Set.copyOf(earlyLife);
    }

    /** For each slot, whether its concepts are said of someone other than the speaker. */
    boolean[] aboutOthers(List<Slot> slots) {
        boolean[] others = new boolean[slots.size()];
        int left = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (left > 0 && closes(slot)) {
                left = 0;
            }
            if (!slot.isConcept() && otherPeople.contains(slot.term())) {
                left = WINDOW;
                continue;
            }
            if (left > 0) {
                others[i] = slot.isConcept();
                left--;
            }
        }
        return others;
    }

    /** For each slot, whether it is an injury the text places long ago (within its clause). */
    boolean[] oldInjuries(List<Slot> slots) {
        boolean[] old = new boolean[slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            if (isInjury(slots.get(i))) {
                old[i] = datedLongAgo(slots, i);
            }
        }
        return old;
    }

    private boolean closes(Slot slot) {
        if (slot.before() != Slot.Boundary.NONE) {
            return true;
        }
        return !slot.isConcept() && (slot.is("and") || BACK_TO_SPEAKER.contains(slot.term()) || TERMINATORS.contains(slot.term()));
    }

    private static boolean isInjury(Slot slot) {
        return slot.concepts().stream().anyMatch(c -> c.kind().equals("history") && INJURIES.contains(c.id()));
    }

    /** "... years ago", "an old fracture", "as a child", within {@value #WINDOW} words of the injury, same clause. */
    private boolean datedLongAgo(List<Slot> slots, int injury) {
        if (injury > 0 && slots.get(injury - 1).is("old") && slots.get(injury).before() == Slot.Boundary.NONE) {
            return true;
        }
        for (int i = injury + 1; i < slots.size() && i <= injury + WINDOW; i++) {
            if (slots.get(i).before() != Slot.Boundary.NONE) {
                break;
            }
            if (dates(slots, i)) {
                return true;
            }
        }
        for (int i = injury - 1; i >= 0 && i >= injury - WINDOW; i--) {
            if (slots.get(i + 1).before() != Slot.Boundary.NONE) {
                break;
            }
            if (dates(slots, i)) {
                return true;
            }
        }
        return false;
    }

    /** "years ago" (not "80 years old"), "as a child", "when I was a teenager". */
    private boolean dates(List<Slot> slots, int i) {
        Slot slot = slots.get(i);
        if (slot.isConcept()) {
            return false;
        }
        if (longUnits.contains(slot.term())) {
            return i + 1 < slots.size() && slots.get(i + 1).is("ago");
        }
        return earlyLife.contains(slot.term()) && i > 0 && (slots.get(i - 1).is("as") || slots.get(i - 1).is("wa"));
    }
}
