package org.myomap.lookup.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Two of ConText's properties beyond negation (Harkema H, Dowling JN, Thornblade T, Chapman WW. ConText: an
 * algorithm for determining negation, experiencer, and temporal status from clinical reports. J Biomed Inform.
 * 2009;42(5):839-851), each scoped the NegEx way: a trigger opens a scope over the findings near it, and the
 * clause ends it. Both can hide a finding, so both are narrow on purpose: a hidden red flag is a missed one.
 *
 * <ul>
 *   <li><b>Experiencer</b>: a history item said of someone else ("my mother had breast cancer", "family history
 *       of DVT", "cancer runs in the family") is not the person's own. Only history items that describe a
 *       person's past (cancer, a clot, osteoporosis, ...): never a symptom, a body region or an injury, because
 *       those are how a relative reports the person's own emergency ("my wife says my face has dropped"). The
 *       scope runs forward from a word for a relative or "family" and is closed by the end of a sentence, a
 *       comma, "and", a word that turns back to the speaker ("I", "I've", "me", "we") or a termination term,
 *       after at most {@value #WINDOW} words.</li>
 *   <li><b>Temporality, for injuries, operations, cancer treatment and a lost eye only</b> (chemotherapy as a
 *       child is no neutropenic sepsis risk; an eye lost years ago is no stroke): an injury placed years back ("broke my leg ten
 *       years ago", "an old fracture", "as a child") is not the acute injury behind compartment syndrome or a
 *       fracture red flag, nor is an operation years ago the recent surgery of a Wells score. "Years ago" belongs to the nearest injury before it (or after it, "years ago I broke..."), never
 *       across "and" or another injury; "old" only when it is not an age ("82 year old fell", "a 2 day old
 *       fracture"); and a clause that also says today, yesterday, this morning, just, again, now or recently
 *       keeps every injury in it.</li>
 * </ul>
 */
final class ConTextScope {

    static final int WINDOW = 6;

    /**
     * The words of one language the scopes look for, before stemming, space-separated: {@code otherPeople} for
     * someone other than the speaker ("relative" is left out in English: it stems as "relatively");
     * {@code speaker}, words that turn a sentence back to the speaker; {@code longUnits}, units that date an
     * injury to the past with {@code agoAfter} after them ("ten years ago") or {@code agoBefore} just before
     * ("hace diez años"); {@code earlyLife}, stages of life that date it after one of {@code earlyLifeAfter}
     * ("as a child", "de niño"); {@code recent}, words that place something now (an injury in their clause is
     * current); {@code ageUnits}, units of an age ("82 year old"); {@code oldBefore}/{@code oldAfter}, "old"
     * before or after an injury ("an old fracture", "una fractura antigua"); {@code ands}; {@code terminators};
     * {@code treatmentUnits}, units that date a cancer treatment but not an injury ("chemo months ago": past the
     * weeks after it when neutropenic sepsis is feared, NICE CG151); {@code lastOfUnit}, the word that with a
     * long unit says last year ("last year", "el año pasado"): not now, and it dates a cancer treatment.
     */
    record WordLists(String otherPeople, String speaker, String longUnits, String agoAfter, String agoBefore,
            String earlyLife, String earlyLifeAfter, String recent, String ageUnits, String oldBefore, String oldAfter,
            String ands, String terminators, String treatmentUnits, String lastOfUnit) {
    }

    static final WordLists ENGLISH = new WordLists(
            "mother father mum mom dad parents brother sister son daughter wife husband partner friend grandmother "
                    + "grandfather grandma grandpa gran nan aunt uncle cousin family",
            "i i'm im i've ive i'd i'll me myself we us", "years decades", "ago", "", "child kid teenager boy girl birth",
            "as was since", "today yesterday morning tonight just again now recently last",
            "year years day days week weeks month months hour hours", "old", "", "and",
            "but however although though yet except whereas while", "months", "last");

    private static final Set<String> INJURIES = Set.of("fracture", "minor-trauma", "major-trauma", "crush-injury",
            "cast-or-splint", "head-injury", "strenuous-lifting");
    /** A sudden loss of sight: the stroke sign only while it is new, not an eye lost "years ago" or "since birth". */
    private static final String SIGHT_LOSS = "sudden-vision-loss";
    /** A cancer treatment: "months ago", "last year" or a year also date it. */
    private static final String TREATMENT = "anticancer-treatment";
    /**
     * What "years ago" can date: injuries, operations (a Wells or spinal-infection risk only while recent), and
     * cancer treatment (neutropenic sepsis is feared during it and in the weeks after, NICE CG151).
     */
    private static final Set<String> DATABLE = union(INJURIES, Set.of("recent-surgery", "recent-spinal-surgery", TREATMENT));
    /** The phrase ("runs in the family") whose finding comes before it; a phrase, so "runs" is not read as running. */
    static final Concept RUNS_IN_THE_FAMILY = new Concept("ignore", "runs-in-the-family");

    /** The word lists, each stemmed by the same chain as the text. */
    record Words(Set<String> otherPeople, Set<String> speaker, Set<String> longUnits, Set<String> agoAfter,
            Set<String> agoBefore, Set<String> earlyLife, Set<String> earlyLifeAfter, Set<String> recent,
            Set<String> ageUnits, Set<String> oldBefore, Set<String> oldAfter, Set<String> ands, Set<String> terminators,
            Set<String> treatmentUnits, Set<String> lastOfUnit) {

        static Words of(WordLists lists, Function<String, Set<String>> stems) {
            return new Words(stems.apply(lists.otherPeople()), stems.apply(lists.speaker()), stems.apply(lists.longUnits()),
                    stems.apply(lists.agoAfter()), stems.apply(lists.agoBefore()), stems.apply(lists.earlyLife()),
                    stems.apply(lists.earlyLifeAfter()), stems.apply(lists.recent()), stems.apply(lists.ageUnits()),
                    stems.apply(lists.oldBefore()), stems.apply(lists.oldAfter()), stems.apply(lists.ands()),
                    stems.apply(lists.terminators()), stems.apply(lists.treatmentUnits()), stems.apply(lists.lastOfUnit()));
        }
    }

    /** Whether a slot is a word (not a concept) of the set. */
    private static boolean word(Slot slot, Set<String> set) {
        return !slot.isConcept() && set.contains(slot.term());
    }

    private final Words words;

    ConTextScope(Words words) {
        this.words = words;
    }

    /** Whether a concept can be someone else's: a history item of a person's past, not an injury. */
    static boolean canBeSomeoneElses(Concept concept) {
        return concept.kind().equals("history") && !INJURIES.contains(concept.id());
    }

    /** For each slot, whether it lies in a scope about someone other than the speaker. */
    boolean[] aboutOthers(List<Slot> slots) {
        boolean[] others = new boolean[slots.size()];
        int left = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (left > 0 && closes(slot)) {
                left = 0;
            }
            if (slot.concepts().contains(RUNS_IN_THE_FAMILY)) {
                markBefore(slots, others, i);
                left = WINDOW; // and after it, as a word for family does: "en mi familia hay cáncer"
                continue;
            }
            if (word(slot, words.otherPeople())) {
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

    /** For each slot, whether it is an injury or an operation the text places long ago. */
    boolean[] oldInjuries(List<Slot> slots) {
        boolean[] old = new boolean[slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            if (isDatable(slots.get(i))) {
                old[i] = datedLongAgo(slots, i) && !clauseSaysNow(slots, i);
            }
        }
        return old;
    }

    private boolean closes(Slot slot) {
        if (slot.before() != Slot.Boundary.NONE) {
            return true;
        }
        return word(slot, words.ands()) || word(slot, words.speaker()) || word(slot, words.terminators());
    }

    /** The concepts just before {@code from} (inclusive), back to the start of the clause, at most three slots. */
    private static void markBefore(List<Slot> slots, boolean[] others, int from) {
        for (int i = from - 1; i >= 0 && i >= from - 3; i--) {
            if (slots.get(i).isConcept()) {
                others[i] = true;
            }
            if (slots.get(i).before() != Slot.Boundary.NONE) {
                return;
            }
        }
    }

    private static boolean isDatable(Slot slot) {
        return slot.concepts().stream().anyMatch(c -> (c.kind().equals("history") && DATABLE.contains(c.id()))
                || (c.kind().equals("symptom") && c.id().equals(SIGHT_LOSS)));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private boolean datedLongAgo(List<Slot> slots, int injury) {
        boolean treatment = slots.get(injury).concepts().stream().anyMatch(c -> c.kind().equals("history") && c.id().equals(TREATMENT));
        if (injury > 0 && word(slots.get(injury - 1), words.oldBefore()) && slots.get(injury).before() == Slot.Boundary.NONE
                && !(injury > 1 && word(slots.get(injury - 2), words.ageUnits()))) {
            return true;
        }
        if (injury + 1 < slots.size() && word(slots.get(injury + 1), words.oldAfter())
                && slots.get(injury + 1).before() == Slot.Boundary.NONE) {
            return true;
        }
        for (int i = injury + 1; i < slots.size() && i <= injury + WINDOW; i++) {
            if (endsTheInjurysReach(slots, i)) {
                break;
            }
            if (dates(slots, i) || (treatment && datesATreatment(slots, i))) {
                return true;
            }
        }
        for (int i = injury - 1; i >= 0 && i >= injury - WINDOW; i--) {
            if (endsTheInjurysReach(slots, i + 1) || endsTheInjurysReach(slots, i)) {
                break;
            }
            if (dates(slots, i) || (treatment && datesATreatment(slots, i))) {
                return true;
            }
        }
        return false;
    }

    /** A clause boundary before this slot, "and", or another injury. */
    private boolean endsTheInjurysReach(List<Slot> slots, int i) {
        Slot slot = slots.get(i);
        return slot.before() != Slot.Boundary.NONE || word(slot, words.ands()) || isDatable(slot);
    }

    /** "years ago" (not "80 years old"), "hace (diez) años", "as a child", "when I was a teenager". */
    private boolean dates(List<Slot> slots, int i) {
        Slot slot = slots.get(i);
        if (slot.isConcept()) {
            return false;
        }
        if (words.longUnits().contains(slot.term())) {
            return ago(slots, i);
        }
        return words.earlyLife().contains(slot.term()) && i > 0 && word(slots.get(i - 1), words.earlyLifeAfter());
    }

    /** Whether the unit at slot {@code i} is said ago: "ten years ago", "hace años", "hace diez años". */
    private boolean ago(List<Slot> slots, int i) {
        return (i + 1 < slots.size() && word(slots.get(i + 1), words.agoAfter()))
                    || (i > 0 && word(slots.get(i - 1), words.agoBefore()))
                    || (i > 1 && word(slots.get(i - 2), words.agoBefore()) && slots.get(i - 1).before() == Slot.Boundary.NONE);
    }

    private boolean isLongUnit(List<Slot> slots, int i) {
        return i >= 0 && i < slots.size() && word(slots.get(i), words.longUnits());
    }

    /** "months ago", "hace meses", "last year", "el año pasado", or a year before this one ("in 2015"). */
    private boolean datesATreatment(List<Slot> slots, int i) {
        Slot slot = slots.get(i);
        if (slot.isConcept()) {
            return false;
        }
        if (words.treatmentUnits().contains(slot.term())) {
            return ago(slots, i);
        }
        if (words.longUnits().contains(slot.term())) {
            return lastOfAUnit(slots, i - 1) || lastOfAUnit(slots, i + 1);
        }
        return slot.term().matches("(19|20)\\d\\d") && Integer.parseInt(slot.term()) < java.time.Year.now().getValue();
    }

    /** Whether slot {@code i} is "last" (or "pasado") next to a long unit: "last year" is not now. */
    private boolean lastOfAUnit(List<Slot> slots, int i) {
        return i >= 0 && i < slots.size() && word(slots.get(i), words.lastOfUnit());
    }

    /** Whether the clause around slot {@code at} (between commas or sentence ends) places anything now. */
    private boolean clauseSaysNow(List<Slot> slots, int at) {
        int start = at;
        while (start > 0 && slots.get(start).before() == Slot.Boundary.NONE) {
            start--;
        }
        for (int i = start; i < slots.size(); i++) {
            if (i > at && slots.get(i).before() != Slot.Boundary.NONE) {
                break;
            }
            Slot slot = slots.get(i);
            if (word(slot, words.recent()) && !(word(slot, words.lastOfUnit())
                    && (isLongUnit(slots, i - 1) || isLongUnit(slots, i + 1)))) {
                return true; // but "last year" is not now
            }
            if (slot.concepts().stream().anyMatch(c -> c.kind().equals("onset") && c.id().equals("recent"))) {
                return true;
            }
        }
        return false;
    }
}
