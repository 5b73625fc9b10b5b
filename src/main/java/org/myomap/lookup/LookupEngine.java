package org.myomap.lookup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.myomap.catalogue.Catalogue;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.Problem;
import org.myomap.common.problem.ProblemType;
import org.myomap.lookup.LookupResponse.Candidate;
import org.myomap.lookup.LookupResponse.Explains;
import org.myomap.lookup.LookupResponse.ProtocolLink;
import org.myomap.lookup.LookupResponse.TriggerPointToCheck;
import org.myomap.lookup.redflags.Findings;
import org.myomap.lookup.redflags.RedFlag;
import org.myomap.lookup.redflags.RedFlagScreen;
import org.myomap.lookup.text.Reading;

/**
 * Answers a lookup from one catalogue snapshot: checks the request against the vocabularies, reads the free
 * text, screens for red flags and ranks the muscles. Plain Java over immutable data: no database, no framework.
 */
public final class LookupEngine {

    static final int DEFAULT_LIMIT = 10;
    static final String DISCLAIMER = "This information helps you and your clinician look in the right place; it is not "
            + "a diagnosis. Trigger points are found by examination, and examiners agree only moderately on them. "
            + "If a red flag is listed, follow its advice first.";

    private final Catalogue catalogue;
    private final TextInterpreter interpreter;
    private final MuscleRanking ranking;

    public LookupEngine(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.interpreter = new TextInterpreter(catalogue);
        this.ranking = new MuscleRanking(catalogue);
    }

    public String catalogueVersion() {
        return catalogue.version();
    }

    public LookupResponse answer(LookupRequest request) {
        check(request);
        Reading reading = interpreter.interpret(request.text());
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
                bothLegs(areas)));

        String audience = request.audience() == null ? "patient" : request.audience();
        List<MuscleRanking.Area> toExplain = areas.stream().map(a -> new MuscleRanking.Area(a.region(), a.side())).toList();
        List<MuscleRanking.Ranked> ranked = ranking.rank(toExplain, activities,
                request.limit() == null ? DEFAULT_LIMIT : request.limit());
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            candidates.add(candidate(i + 1, ranked.get(i), toExplain.size(), audience));
        }
        boolean textSent = request.text() != null && !request.text().isBlank();
        var interpretation = new LookupResponse.Interpretation(areas, List.copyOf(activities), List.copyOf(symptoms),
                List.copyOf(history), textSent && request.age() == null ? reading.age() : null,
                understood(reading.affirmed()),
                textSent ? understood(reading.negated()) : null,
                textSent ? understood(reading.aboutOthers()) : null,
                textSent ? reading.unplaced() : null,
                textSent ? !reading.affirmed().isEmpty() || !reading.negated().isEmpty() || !reading.aboutOthers().isEmpty() : null);
        return new LookupResponse(safety(flags), flags, candidates, interpretation, catalogue.version(), DISCLAIMER);
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

    private Candidate candidate(int rank, MuscleRanking.Ranked r, int areasAsked, String audience) {
        List<TriggerPointToCheck> tps = r.triggerPoints().stream().map(t -> new TriggerPointToCheck(
                t.triggerPoint().id(), t.triggerPoint().name(), t.triggerPoint().location(),
                t.explains().stream().map(e -> new Explains(e.area(), e.region(), e.zoneRegion(), e.zone(), e.match())).toList(),
                t.matchedActivities())).toList();
        List<ProtocolLink> protocols = catalogue.protocolsFor(r.muscle().id()).stream()
                .filter(p -> audience.equals("clinician") || p.audience().equals("patient"))
                .map(p -> new ProtocolLink(p.id(), p.title(), p.audience())).toList();
        var likelihood = r.likelihood() == null ? null
                : new LookupResponse.Likelihood(r.likelihood().region(), r.likelihood().rank(), r.likelihood().source());
        var factors = new LookupResponse.Factors(r.areasExplained(), areasAsked, r.fit(), likelihood, r.matchedActivities().size());
        return new Candidate(rank, r.muscle().id(), r.muscle().name(), r.score(), factors, tps, r.matchedActivities(), protocols);
    }

    private static LookupResponse.Safety safety(List<RedFlag> flags) {
        if (flags.isEmpty()) {
            return new LookupResponse.Safety("none", "No red flags in what was reported. Muscles below may explain the pain.");
        }
        RedFlag first = flags.get(0);
        String lead = switch (first.urgency()) {
            case EMERGENCY -> "EMERGENCY: seek emergency care now, before anything else. ";
            case URGENT -> "See a physician soon, before trigger point treatment. ";
            case ROUTINE_REFERRAL -> "Have a physician check this; muscle work alone may not be enough. ";
        };
        return new LookupResponse.Safety(first.urgency().json(), lead + first.message());
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
        checkEach(invalid, "symptoms", request.symptoms(), Vocabulary.SYMPTOMS::containsKey,
                "unknown symptom; one of " + Vocabulary.SYMPTOMS.keySet());
        checkEach(invalid, "history", request.history(), Vocabulary.HISTORY::containsKey,
                "unknown history item; one of " + Vocabulary.HISTORY.keySet());
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
