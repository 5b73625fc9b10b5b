package org.myomap.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.ContentFile.Muscle;
import org.myomap.catalogue.content.ContentFile.ReferralZone;
import org.myomap.catalogue.content.ContentFile.TriggerPoint;

/**
 * Ranks muscles by how well their trigger points' referral patterns explain where it hurts. Deterministic:
 * the same request and catalogue always give the same order.
 *
 * <p>For each painful area, each muscle gets the best explanation any of its trigger points offers:
 * <pre>
 *   explanation = zone weight x match weight x side weight
 *   zone:  essential 1.0   spillover 0.4      (spillover is felt by fewer people, only when more irritable)
 *   match: exact region 1.0; the person named a broader region that contains the zone 0.6; the zone is a
 *          broader region that contains what the person named 0.5   (a parent match says less)
 *   side:  1.0 when the pattern can land on that side (a one-sided pattern on a one-sided area, a two-sided
 *          pattern on both sides, any pattern on a midline region or an area without a side); 0.8 for a
 *          one-sided pattern asked to explain pain on both sides (it needs trigger points on both sides);
 *          0.9 for a two-sided band asked to explain pain on one side only
 * </pre>
 * Muscles are then ordered by these factors, each deciding only when all before it are equal:
 * <ol>
 *   <li><b>coverage</b>: how many of the painful areas the muscle explains at all; one pattern that explains
 *       the whole presentation beats several partial ones, whatever their zones;</li>
 *   <li><b>fit</b>: the sum of the areas' explanations, so essential zones and exact regions beat spillover
 *       and parent matches;</li>
 *   <li><b>likelihood</b>: the muscle's place in the pain guide of the areas it explains (the catalogue's
 *       {@code painGuides}, from Travell &amp; Simons), the best place over the areas; listed muscles come
 *       before unlisted ones;</li>
 *   <li><b>activity</b>: how many of the requested aggravating activities are listed by a trigger point
 *       that explains an area (evidence for that trigger point, not for the muscle at large);</li>
 *   <li>the muscle id, only so that the order is stable.</li>
 * </ol>
 * The {@code score} reported is fit + 0.3 per matched activity, kept for clients of the first version; the
 * order is the factors above, and each candidate carries them.
 */
public final class MuscleRanking {

    static final double ESSENTIAL = 1.0;
    static final double SPILLOVER = 0.4;
    static final double EXACT = 1.0;
    static final double BROADER_REQUEST = 0.6;
    static final double BROADER_ZONE = 0.5;
    static final double ONE_SIDED_PATTERN_ON_BOTH_SIDES = 0.8;
    static final double TWO_SIDED_PATTERN_ON_ONE_SIDE = 0.9;
    static final double ACTIVITY = 0.3;

    /** A painful area to explain; {@code side} may be null when free text gave no side. */
    public record Area(String region, String side) {
    }

    /** How one trigger point explains one area. */
    public record Explanation(int area, String region, String zoneRegion, String zone, String match, double weight) {
    }

    public record RankedTriggerPoint(TriggerPoint triggerPoint, List<Explanation> explains, List<String> matchedActivities) {
    }

    /** Where the muscle stands in a pain guide: the region whose guide it is, the place (1 = first), the source. */
    public record Likelihood(String region, int rank, String source) {
    }

    public record Ranked(Muscle muscle, double score, int areasExplained, double fit, Likelihood likelihood,
            List<RankedTriggerPoint> triggerPoints, List<String> matchedActivities) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::areasExplained).reversed()
            .thenComparing(Comparator.comparingDouble(Ranked::fit).reversed())
            .thenComparingInt(r -> r.likelihood() == null ? Integer.MAX_VALUE : r.likelihood().rank())
            .thenComparing(Comparator.comparingInt((Ranked r) -> r.matchedActivities().size()).reversed())
            .thenComparing(r -> r.muscle().id());

    private final Catalogue catalogue;

    public MuscleRanking(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<Ranked> rank(List<Area> areas, Set<String> activities, int limit) {
        Map<String, Map<TriggerPoint, List<Explanation>>> byMuscle = new LinkedHashMap<>(); // per muscle, trigger points by identity: records would hash every field
        Map<String, double[]> best = new LinkedHashMap<>();
        Map<String, int[]> explained = new LinkedHashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            Map<String, Explanation> bestForArea = new LinkedHashMap<>();
            for (Candidate c : candidatesFor(i, areas.get(i))) {
                Map<TriggerPoint, List<Explanation>> tps = byMuscle.computeIfAbsent(c.muscle().id(), m -> new IdentityHashMap<>());
                List<Explanation> explains = tps.computeIfAbsent(c.triggerPoint(), t -> new ArrayList<>());
                Explanation e = c.explanation();
                Explanation sameArea = explains.stream().filter(x -> x.area() == e.area()).findFirst().orElse(null);
                if (sameArea == null || e.weight() > sameArea.weight()) {
                    explains.remove(sameArea);
                    explains.add(e);
                }
                bestForArea.merge(c.muscle().id(), e, (a, b) -> b.weight() > a.weight() ? b : a);
            }
            bestForArea.forEach((muscle, e) -> {
                best.computeIfAbsent(muscle, m -> new double[1])[0] += e.weight();
                explained.computeIfAbsent(muscle, m -> new int[1])[0]++;
            });
        }
        List<Ranked> ranked = new ArrayList<>();
        byMuscle.forEach((muscleId, tps) -> ranked.add(ranked(catalogue.muscle(muscleId).orElseThrow(), tps,
                best.get(muscleId)[0], explained.get(muscleId)[0], likelihood(muscleId, tps), activities)));
        ranked.sort(ORDER);
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private record Candidate(Muscle muscle, TriggerPoint triggerPoint, Explanation explanation) {
    }

    /**
     * Only the zones that can explain the area: those in the area's own region, in the regions below it,
     * and in the regions above it, found through the catalogue's region index rather than by scanning.
     */
    private List<Candidate> candidatesFor(int index, Area area) {
        List<Candidate> found = new ArrayList<>();
        collect(found, index, area, List.of(area.region()), "exact", EXACT);
        Set<String> below = new LinkedHashSet<>(catalogue.regionAndDescendants(area.region()));
        below.remove(area.region());
        collect(found, index, area, below, "within-requested-region", BROADER_REQUEST);
        collect(found, index, area, catalogue.ancestors(area.region()).stream().map(r -> r.id()).toList(),
                "broader-zone", BROADER_ZONE);
        return found;
    }

    private void collect(List<Candidate> into, int index, Area area, Iterable<String> regions, String match, double matchWeight) {
        for (String region : regions) {
            for (Catalogue.Referral referral : catalogue.referralsTo(region)) {
                ReferralZone zone = referral.zone();
                double weight = (zone.essential() ? ESSENTIAL : SPILLOVER) * matchWeight * sideWeight(area.side(), zone.side());
                into.add(new Candidate(referral.muscle(), referral.triggerPoint(),
                        new Explanation(index, area.region(), zone.region(), zone.zone(), match, weight)));
            }
        }
    }

    /** The best place of the muscle in the pain guides of the areas it explains. */
    private Likelihood likelihood(String muscleId, Map<TriggerPoint, List<Explanation>> byTriggerPoint) {
        Likelihood best = null;
        Set<String> regions = new LinkedHashSet<>();
        byTriggerPoint.values().forEach(explains -> explains.forEach(e -> regions.add(e.region())));
        for (String region : regions) {
            var guide = catalogue.painGuideFor(region).orElse(null);
            int place = guide == null ? -1 : guide.muscles().indexOf(muscleId);
            if (place >= 0 && (best == null || place + 1 < best.rank())) {
                String source = guide.source().ref() + (guide.source().locator() == null ? "" : ", " + guide.source().locator());
                best = new Likelihood(guide.region(), place + 1, source);
            }
        }
        return best;
    }

    private static Ranked ranked(Muscle muscle, Map<TriggerPoint, List<Explanation>> byTriggerPoint, double areaScore,
            int areasExplained, Likelihood likelihood, Set<String> activities) {
        Set<String> matched = new LinkedHashSet<>();
        List<RankedTriggerPoint> tps = new ArrayList<>();
        for (var entry : byTriggerPoint.entrySet()) {
            List<String> tpActivities = entry.getKey().aggravatedBy().stream().filter(activities::contains).toList();
            matched.addAll(tpActivities);
            tps.add(new RankedTriggerPoint(entry.getKey(), List.copyOf(entry.getValue()), tpActivities));
        }
        tps.sort(Comparator.comparingDouble((RankedTriggerPoint t) -> -t.explains().stream().mapToDouble(Explanation::weight).sum())
                .thenComparing(t -> t.triggerPoint().id()));
        double score = areaScore + ACTIVITY * matched.size();
        return new Ranked(muscle, round(score), areasExplained, round(areaScore), likelihood, tps, List.copyOf(matched));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static double sideWeight(String requested, String pattern) {
        boolean twoSidedPattern = "both".equals(pattern);
        if ("both".equals(requested)) {
            return twoSidedPattern ? 1.0 : ONE_SIDED_PATTERN_ON_BOTH_SIDES;
        }
        boolean oneSideRequested = "left".equals(requested) || "right".equals(requested);
        return oneSideRequested && twoSidedPattern ? TWO_SIDED_PATTERN_ON_ONE_SIDE : 1.0;
    }
}
