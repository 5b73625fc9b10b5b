package org.myomap.lookup.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.myomap.common.i18n.Language;

/**
 * Reads free text onto concepts: the {@link LayAnalyzer} chain, then a {@link SynonymGraphFilter} whose
 * synonym map turns every known phrase (analysed by the same chain) into the tokens of its concepts. The
 * synonym graph matches the longest phrase at each position ("lower back" over "back"), so each word is read
 * once. A phrase may stand for several concepts ("stiff neck" is a region and a symptom). Then
 * {@link NegationScope} decides what is negated, a side word ("left", "right", "both") goes to the next
 * region in its clause, a typed temperature of 38 °C or more is a fever ({@link TypedTemperatures}), and the
 * words left over are reported as unplaced.
 *
 * <p>Built once per catalogue and shared by every request: the analyzers reuse their token streams per
 * thread, and nothing is compiled per request.
 */
public final class TextReader {

    /** Words that need no follow-up question when left over: pain words, grammar, time, sides. */
    private static final Set<String> FILLER = Set.copyOf(List.of("pain", "pai", "hurt", "ach", "sore", "feel", "have", "ha", "had",
            "get", "got", "when", "in", "on", "at", "of", "and", "or", "i", "i'm", "im", "it", "it'", "is", "am", "are",
            "wa", "were", "be", "been", "do", "doe", "did", "me", "to", "with", "from", "for", "after", "befor", "dure",
            "sinc", "left", "right", "both", "side", "also", "then", "now", "dai", "week", "month", "year", "hour", "ago",
            "old", "ag", "too", "up", "down", "out", "over", "into", "around", "there", "here", "all", "wors", "better",
            "bad", "badli", "constant", "sometim", "alwai", "often", "mostli", "which", "what", "where", "who", "as",
            "by", "can", "could", "would", "will", "should", "mai", "might", "feel", "like", "start", "began", "mild",
            "sever", "sharp", "dull", "deep", "burn", "throb", "tight", "stiff", "tender", "achi", "pull", "area",
            "spot", "part", "both", "sid", "plea", "help", "thank", "hi", "hello", "doctor", "also", "again", "ever",
            "no", "not", "without", "never", "deni", "nor", "neither", "none", "free", "neg", "absent", "but", "howev",
            "although", "though", "yet", "except", "apart", "asid", "still", "wherea", "besid", "rule", "onli",
            "sure", "past", "last", "morn", "night", "even", "afternoon", "time", "todai", "yesterdai", "recent",
            "suddenli", "gradual", "slowli", "new", "long", "term", "about", "think", "keep", "goe", "come", "go",
            "make", "made", "mani", "much", "more", "most", "lot", "than", "if", "because", "caus", "veri"));

    /** What a typed temperature of 38 °C or more is ({@link TypedTemperatures}). */
    private static final Concept FEVER = new Concept("symptom", "fever");
    private static final Map<String, String> SIDES = Map.of("left", "left", "right", "right", "both", "both");
    private static final Set<String> UNITS = Set.of("dai", "week", "month", "hour", "minut", "kg", "kilo", "pound", "lb",
            "stone", "mile", "km", "cm", "feet", "foot", "inch", "time", "percent", "centimet", "metr", "pregnant");

    /**
     * The words of one language the reading looks for beyond its phrases, as its chain stems them: what the
     * scopes need, filler (no follow-up question when left over), side words to the side they name, and the
     * words of an age: a unit after the number ("81 years"), a word before it ("aged 81"), "I am" before it
     * unless a unit follows ("I am 72", not "I am 80 kg").
     */
    record Words(NegationScope.Words negation, ConTextScope.Words context, Set<String> filler, Map<String, String> sides,
            Set<String> years, Set<String> ageBefore, Set<String> iAm, Set<String> units) {
    }

    private final LayAnalyzer lay;
    private final Words words;
    private final NegationScope negation;
    private final ConTextScope context;
    private final Analyzer concepts;

    /**
     * @param phrases every phrase and the concepts it stands for
     * @param language the language of the phrases and of the texts this reader reads
     */
    public TextReader(List<Phrase> phrases, Language language) {
        this.lay = new LayAnalyzer(language);
        this.words = language == Language.SPANISH ? SpanishWords.words(this::stems)
                : new Words(NegationScope.ENGLISH, ConTextScope.Words.of(ConTextScope.ENGLISH, this::stems), FILLER, SIDES,
                        Set.of("year"), Set.of("ag"), Set.of("am", "i'm", "im"), UNITS);
        this.negation = new NegationScope(words.negation());
        this.context = new ConTextScope(words.context());
        SynonymMap map = conceptMap(phrases);
        this.concepts = new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return lay.initReader(fieldName, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new SynonymGraphFilter(lay.normalise(source), map, false));
            }
        };
    }

    /** A phrase and what it means; several phrases may mean the same, one phrase may mean several things. */
    public record Phrase(String text, List<Concept> concepts) {
    }

    public Reading read(String text) {
        if (text == null || text.isBlank()) {
            return Reading.EMPTY;
        }
        String lowered = LayAnalyzer.prepare(text);
        List<Slot> slots = slots(lowered);
        boolean[] negated = negation.negated(slots);
        boolean[] aboutOthers = context.aboutOthers(slots);
        boolean[] oldInjury = context.oldInjuries(slots);
        List<TypedTemperatures.Temperature> temperatures = TypedTemperatures.in(lowered);
        List<Reading.Found> affirmed = new ArrayList<>();
        List<Reading.Found> denied = new ArrayList<>();
        List<Reading.Found> others = new ArrayList<>();
        Set<String> unplaced = new LinkedHashSet<>();
        String side = null;
        Integer age = null;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot.before() != Slot.Boundary.NONE) {
                side = null;
            }
            if (!slot.isConcept()) {
                if (words.sides().containsKey(slot.term())) {
                    side = words.sides().get(slot.term());
                } else if (age == null) {
                    age = age(slots, i);
                }
                if (!words.filler().contains(slot.term()) && !isNumber(slot.term()) && !lay.stopWords().contains(slot.term())
                        && temperatures.stream().noneMatch(t -> t.start() <= slot.start() && slot.end() <= t.end())) {
                    unplaced.add(lowered.substring(slot.start(), slot.end()));
                }
                continue;
            }
            String phrase = lowered.substring(slot.start(), slot.end());
            boolean region = false;
            for (Concept concept : slot.concepts()) {
                if (concept.kind().equals("ignore") || oldInjury[i]) {
                    continue;
                }
                boolean isRegion = concept.kind().equals("region");
                region |= isRegion;
                Reading.Found found = new Reading.Found(concept, phrase, isRegion ? side : null);
                boolean someoneElses = aboutOthers[i] && ConTextScope.canBeSomeoneElses(concept);
                List<Reading.Found> into = someoneElses ? others : negated[i] ? denied : affirmed;
                if (into.stream().noneMatch(f -> f.concept().equals(concept))) {
                    into.add(found);
                }
            }
            if (region) {
                side = null;
            }
        }
        temperatures.stream().filter(TypedTemperatures.Temperature::isFever).findFirst()
                .filter(t -> affirmed.stream().noneMatch(f -> f.concept().equals(FEVER)))
                .ifPresent(t -> affirmed.add(new Reading.Found(FEVER, lowered.substring(t.start(), t.end()), null)));
        denied.removeIf(d -> affirmed.stream().anyMatch(a -> a.concept().equals(d.concept()))); // said both ways: affirmed wins
        return new Reading(List.copyOf(affirmed), List.copyOf(denied), List.copyOf(others), List.copyOf(unplaced), age);
    }

    private Set<String> stems(String words) {
        return Set.copyOf(lay.terms(words));
    }

    /** Whether a slot is a word (not a concept) of the set. */
    private static boolean word(Slot slot, Set<String> set) {
        return !slot.isConcept() && set.contains(slot.term());
    }

    /**
     * "81 years old", "aged 81", "age 81", "81-year-old", "I am 81", "72 años": a number next to a word for age;
     * not a time ago ("10 years ago", "hace 10 años").
     */
    private Integer age(List<Slot> slots, int i) {
        Slot slot = slots.get(i);
        if (isNumber(slot.term()) && i + 1 < slots.size() && word(slots.get(i + 1), words.years())
                && slots.get(i + 1).before() == Slot.Boundary.NONE
                && !(i + 2 < slots.size() && word(slots.get(i + 2), words.context().agoAfter()))
                && !(i > 0 && word(slots.get(i - 1), words.context().agoBefore()))) {
            return plausibleAge(slot.term());
        }
        if (word(slot, words.ageBefore()) && i + 1 < slots.size() && isNumber(slots.get(i + 1).term())) {
            return plausibleAge(slots.get(i + 1).term());
        }
        if (word(slot, words.iAm()) && i + 1 < slots.size() && isNumber(slots.get(i + 1).term())
                && (i + 2 >= slots.size() || slots.get(i + 2).before() != Slot.Boundary.NONE || slots.get(i + 2).isConcept()
                        || !words.units().contains(slots.get(i + 2).term()))) {
            return plausibleAge(slots.get(i + 1).term()); // "I am 72", but not "I am 5 months pregnant" or "I am 80 kg"
        }
        return null;
    }

    private static Integer plausibleAge(String digits) {
        if (digits.length() > 3) {
            return null;
        }
        int age = Integer.parseInt(digits);
        return age <= 120 ? age : null;
    }

    private static boolean isNumber(String term) {
        if (term == null || term.isEmpty()) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isDigit(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The analysed stream as slots: stacked concept tokens (same position) share one slot. */
    private List<Slot> slots(String lowered) {
        List<Slot> slots = new ArrayList<>();
        try (TokenStream stream = concepts.tokenStream("text", lowered)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int previousEnd = 0;
            while (stream.incrementToken()) {
                String token = term.toString();
                boolean concept = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) && token.indexOf(':') > 0
                        && isConceptToken(token);
                if (increment.getPositionIncrement() == 0 && !slots.isEmpty()) {
                    Slot last = slots.get(slots.size() - 1);
                    if (concept && last.isConcept()) {
                        List<Concept> stacked = new ArrayList<>(last.concepts());
                        stacked.add(Concept.ofToken(token));
                        slots.set(slots.size() - 1, new Slot(last.start(), Math.max(last.end(), offset.endOffset()), null,
                                List.copyOf(stacked), last.before(), last.afterDroppedWord()));
                    }
                    continue;
                }
                int start = offset.startOffset();
                Slot.Boundary before = boundary(lowered, previousEnd, start);
                boolean dropped = !slots.isEmpty() && hasLetter(lowered, previousEnd, start);
                slots.add(concept
                        ? new Slot(start, offset.endOffset(), null, List.of(Concept.ofToken(token)), before, dropped)
                        : new Slot(start, offset.endOffset(), token, List.of(), before, dropped));
                previousEnd = Math.max(previousEnd, offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return slots;
    }

    private boolean isConceptToken(String token) {
        String kind = token.substring(0, token.indexOf(':'));
        return kind.equals("region") || kind.equals("activity") || kind.equals("symptom") || kind.equals("history")
                || kind.equals("onset") || kind.equals("ignore");
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Slot.Boundary boundary(String text, int from, int to) {
        Slot.Boundary found = Slot.Boundary.NONE;
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') {
                return Slot.Boundary.SENTENCE;
            }
            if (c == ',' || c == ':' || c == '(' || c == ')') {
                found = Slot.Boundary.COMMA;
            }
        }
        return found;
    }

    private SynonymMap conceptMap(List<Phrase> phrases) {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (Phrase phrase : phrases) {
                List<String> terms = lay.terms(phrase.text());
                if (terms.isEmpty()) {
                    continue;
                }
                CharsRef input = SynonymMap.Builder.join(terms.toArray(String[]::new), new CharsRefBuilder());
                for (Concept concept : phrase.concepts()) {
                    builder.add(input, new CharsRef(concept.token()), false);
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
