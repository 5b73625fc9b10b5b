package org.myomap.lookup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.myomap.catalogue.Catalogue;
import org.myomap.common.i18n.Language;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.Problem;
import org.myomap.common.problem.ProblemType;
import org.myomap.lookup.LookupResponse.Candidate;
import org.myomap.lookup.LookupResponse.Explains;
import org.myomap.lookup.LookupResponse.ProtocolLink;
import org.myomap.lookup.LookupResponse.TriggerPointToCheck;
import org.myomap.lookup.redflags.Findings;
import org.myomap.lookup.redflags.Messages;
import org.myomap.lookup.redflags.RedFlag;
import org.myomap.lookup.redflags.RedFlagScreen;
import org.myomap.lookup.text.Reading;

/**
 * Answers a lookup from one catalogue snapshot: checks the request against the vocabularies, reads the free
 * text, screens for red flags and ranks the muscles. Plain Java over immutable data: no database, no framework.
 */
public final class LookupEngine {

    static final int DEFAULT_LIMIT = 10;
    /** The reasons that list a vocabulary, written once: {@link #check} runs on every request. */
    private static final String UNKNOWN_SYMPTOM = "unknown symptom; one of " + Vocabulary.SYMPTOMS.keySet();
    private static final String UNKNOWN_HISTORY = "unknown history item; one of " + Vocabulary.HISTORY.keySet();

    private final Catalogue catalogue;
    private final Map<Language, Catalogue> translated;
    private final Map<Language, TextInterpreter> interpreters = new EnumMap<>(Language.class);
    private final MuscleRanking ranking;
    private final Map<Language, ProtocolLinks> protocolLinks = new EnumMap<>(Language.class);

    /** An engine that answers in English whatever is asked, and reads text in both languages. */
    public LookupEngine(Catalogue catalogue) {
        this(Map.of(Language.ENGLISH, catalogue));
    }

    /**
     * @param catalogues the catalogue per language, English required: ranking and checks use the English one (the
     *     ids are the same in every language); names in an answer come from the answer's language, and text is
     *     read against the catalogue of its language (the English one stands in for a language not given)
     */
    public LookupEngine(Map<Language, Catalogue> catalogues) {
        this.catalogue = catalogues.get(Language.ENGLISH);
        this.translated = Map.copyOf(catalogues);
        for (Language language : Language.values()) {
            interpreters.put(language, new TextInterpreter(catalogueIn(language), language));
            protocolLinks.put(language, new ProtocolLinks(catalogue, catalogueIn(language)));
        }
        this.ranking = new MuscleRanking(catalogue);
    }

    public String catalogueVersion() {
        return catalogue.version();
    }

    /** The answer in English, text read as English first. */
    public LookupResponse answer(LookupRequest request) {
        return answer(request, Language.DEFAULT, Language.DEFAULT);
    }

    /**
     * @param answerIn the language of the answer's texts (messages, names, titles)
     * @param textIn the language to read the request's text in first; see {@link #read}
     */
    public LookupResponse answer(LookupRequest request, Language answerIn, Language textIn) {
        check(request);
        Read read = read(request.text(), textIn);
        Reading reading = read.reading();
        List<LookupResponse.Area> areas = new ArrayList<>();
        request.painAreas().forEach(a -> areas.add(new LookupResponse.Area(a.region(), a.side(), "painAreas")));
        reading.affirmed().stream().filter(f -> f.concept().kind().equals("region"))
                .filter(f -> areas.stream().noneMatch(a -> a.region().equals(f.concept().id())))
                .forEach(f -> areas.add(new LookupResponse.Area(f.concept().id(), f.side(), "text")));
        Set<String> activities = union(request.aggravatedBy(), reading, "activity");
        Set<String> symptoms = union(request.symptoms(), reading, "symptom");
        Set<String> history = union(request.history(), reading, "history");
        Integer age = request.age() != null ? request.age() : reading.age();
        String onset = request.onset() != null ? request.onset() : onset(reading);

        Set<String> painRegions = new LinkedHashSet<>();
        areas.forEach(a -> {
            painRegions.add(a.region());
            catalogue.ancestors(a.region()).forEach(r -> painRegions.add(r.id()));
        });
        List<RedFlag> flags = RedFlagScreen.screen(new Findings(symptoms, history, age, onset, painRegions,
                bothLegs(areas)), answerIn);

        String audience = request.audience() == null ? "patient" : request.audience();
        List<MuscleRanking.Area> toExplain = areas.stream().map(a -> new MuscleRanking.Area(a.region(), a.side())).toList();
        List<MuscleRanking.Ranked> ranked = ranking.rank(toExplain, activities,
                request.limit() == null ? DEFAULT_LIMIT : request.limit());
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            candidates.add(candidate(i + 1, ranked.get(i), toExplain.size(), audience, answerIn));
        }
        boolean textSent = request.text() != null && !request.text().isBlank();
        var interpretation = new LookupResponse.Interpretation(areas, List.copyOf(activities), List.copyOf(symptoms),
                List.copyOf(history), textSent && request.age() == null ? reading.age() : null,
                understood(reading.affirmed()),
                textSent ? understood(reading.negated()) : null,
                textSent ? understood(reading.aboutOthers()) : null,
                textSent ? reading.unplaced() : null,
                textSent ? understoodAnything(reading) : null,
                textSent ? read.language().tag() : null);
        return new LookupResponse(safety(flags, answerIn), flags, candidates, interpretation, catalogue.version(),
                Messages.text("disclaimer", answerIn));
    }

    /** A text's reading and the language it was read in. */
    private record Read(Reading reading, Language language) {
    }

    /**
     * Reads the text in {@code first}; when that reading leaves words unplaced or understands nothing, reads it in
     * the other language too and keeps the reading that left fewer words unplaced, then the one that understood
     * more findings ({@code first} on a tie): the language a text is written in is the one that places its words.
     * A red flag typed in the language the caller did not announce must still be caught: missing one is the worst
     * failure.
     */
    private Read read(String text, Language first) {
        if (text == null || text.isBlank()) {
            return new Read(Reading.EMPTY, first);
        }
        Reading reading = interpreters.get(first).interpret(text);
        if (reading.unplaced().isEmpty() && understoodAnything(reading)) {
            return new Read(reading, first);
        }
        Read best = new Read(reading, first);
        for (Language other : Language.values()) {
            Reading alternative = other == first ? reading : interpreters.get(other).interpret(text);
            if (better(alternative, best.reading())) {
                best = new Read(alternative, other);
            }
        }
        return best;
    }

    private static boolean better(Reading candidate, Reading than) {
        if (candidate.unplaced().size() != than.unplaced().size()) {
            return candidate.unplaced().size() < than.unplaced().size() && understoodAnything(candidate);
        }
        return findings(candidate) > findings(than);
    }

    private static int findings(Reading reading) {
        return reading.affirmed().size() + reading.negated().size() + reading.aboutOthers().size();
    }

    private static boolean understoodAnything(Reading reading) {
        return findings(reading) > 0;
    }

    private Catalogue catalogueIn(Language language) {
        return translated.getOrDefault(language, catalogue);
    }

    /**
     * The onset a text states. When it says both ("on steroids for years, new back pain"), recent wins: it is the
     * reading under which the red flags that depend on onset can fire.
     */
    private static String onset(Reading reading) {
        List<String> said = reading.affirmed().stream().filter(f -> f.concept().kind().equals("onset"))
                .map(f -> f.concept().id()).toList();
        return said.contains("recent") ? "recent" : said.isEmpty() ? null : said.get(0);
    }

    private static List<LookupResponse.Understood> understood(List<Reading.Found> found) {
        return found.stream().map(f -> new LookupResponse.Understood(f.concept().kind(), f.concept().id(), f.phrase())).toList();
    }

    /** Pain in both legs: one area in the leg on both sides, or leg areas on the left and on the right. */
    private boolean bothLegs(List<LookupResponse.Area> areas) {
        boolean left = false;
        boolean right = false;
        for (LookupResponse.Area area : areas) {
            boolean leg = area.region().equals("lower-limb")
                    || catalogue.ancestors(area.region()).stream().anyMatch(r -> r.id().equals("lower-limb"));
            if (leg) {
                left |= "left".equals(area.side()) || "both".equals(area.side());
                right |= "right".equals(area.side()) || "both".equals(area.side());
            }
        }
        return left && right;
    }

    private Candidate candidate(int rank, MuscleRanking.Ranked r, int areasAsked, String audience, Language answerIn) {
        List<TriggerPointToCheck> tps = r.triggerPoints().stream().map(t -> new TriggerPointToCheck(
                t.triggerPoint().id(), t.triggerPoint().name(), t.triggerPoint().location(),
                t.explains().stream().map(e -> new Explains(e.area(), e.region(), e.zoneRegion(), e.zone(), e.match())).toList(),
                t.matchedActivities())).toList();
        List<ProtocolLink> protocols = protocolLinks.get(answerIn).of(r.muscle().id(), audience);
        Catalogue names = catalogueIn(answerIn);
        var likelihood = r.likelihood() == null ? null
                : new LookupResponse.Likelihood(r.likelihood().region(), r.likelihood().rank(), r.likelihood().source());
        var factors = new LookupResponse.Factors(r.areasExplained(), areasAsked, r.fit(), likelihood, r.matchedActivities().size());
        return new Candidate(rank, r.muscle().id(), names.muscle(r.muscle().id()).orElse(r.muscle()).name(), r.score(), factors,
                tps, r.matchedActivities(), protocols);
    }

    private static LookupResponse.Safety safety(List<RedFlag> flags, Language language) {
        if (flags.isEmpty()) {
            return new LookupResponse.Safety("none", Messages.text("safety/none", language));
        }
        RedFlag first = flags.get(0);
        return new LookupResponse.Safety(first.urgency().json(),
                Messages.text("safety/" + first.urgency().json(), language) + first.message());
    }

    private static Set<String> union(List<String> given, Reading reading, String kind) {
        Set<String> all = new LinkedHashSet<>(given);
        reading.affirmed().stream().filter(f -> f.concept().kind().equals(kind)).forEach(f -> all.add(f.concept().id()));
        return all;
    }

    /** Every unknown or contradictory value, named by its JSON path, in one 400 answer. */
    private void check(LookupRequest request) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        if (request.painAreas().isEmpty() && (request.text() == null || request.text().isBlank())) {
            invalid.add(new Problem.InvalidParam("painAreas", "give at least one pain area, or text saying where it hurts"));
        }
        for (int i = 0; i < request.painAreas().size(); i++) {
            var area = request.painAreas().get(i);
            if (area == null) {
                invalid.add(new Problem.InvalidParam("painAreas[" + i + "]", "must be an object with a region"));
                continue;
            }
            if (area.region() != null && catalogue.region(area.region()).isEmpty()) {
                invalid.add(new Problem.InvalidParam("painAreas[" + i + "].region",
                        "unknown region '" + area.region() + "'; the regions are listed at /api/v1/regions"));
            }
            if (area.side() != null && !Vocabulary.SIDES.contains(area.side())) {
                invalid.add(new Problem.InvalidParam("painAreas[" + i + "].side", "must be one of " + Vocabulary.SIDES));
            }
        }
        checkEach(invalid, "aggravatedBy", request.aggravatedBy(), id -> catalogue.activity(id).isPresent(),
                "unknown activity; the activities are listed in /api/v1/catalogue");
        checkEach(invalid, "symptoms", request.symptoms(), Vocabulary.SYMPTOMS::containsKey, UNKNOWN_SYMPTOM);
        checkEach(invalid, "history", request.history(), Vocabulary.HISTORY::containsKey, UNKNOWN_HISTORY);
        if (request.onset() != null && !Vocabulary.ONSETS.contains(request.onset())) {
            invalid.add(new Problem.InvalidParam("onset", "must be one of " + Vocabulary.ONSETS));
        }
        if (request.audience() != null && !Vocabulary.AUDIENCES.contains(request.audience())) {
            invalid.add(new Problem.InvalidParam("audience", "must be one of " + Vocabulary.AUDIENCES));
        }
        if (!invalid.isEmpty()) {
            throw ApiException.withParams(ProblemType.VALIDATION_FAILED, invalid);
        }
    }

    private static void checkEach(List<Problem.InvalidParam> invalid, String field, List<String> values,
            java.util.function.Predicate<String> known, String reason) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || !known.test(values.get(i))) {
                invalid.add(new Problem.InvalidParam(field + "[" + i + "]", "'" + values.get(i) + "': " + reason));
            }
        }
    }

}
