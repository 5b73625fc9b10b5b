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
 * The muscle's score is the sum over the areas, so a muscle that explains more of the areas ranks higher,
 * plus 0.3 for each requested aggravating activity listed by a trigger point that explains an area: the
 * activity is evidence for that trigger point, not for the muscle at large. Ties go to more essential
 * matches, then to the muscle id.
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

    public record Ranked(Muscle muscle, double score, int essentialMatches, List<RankedTriggerPoint> triggerPoints,
            List<String> matchedActivities) {
    }

    private final Catalogue catalogue;

    public MuscleRanking(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<Ranked> rank(List<Area> areas, Set<String> activities, int limit) {
        Map<String, Map<TriggerPoint, List<Explanation>>> byMuscle = new LinkedHashMap<>(); // per muscle, trigger points by identity: records would hash every field
        Map<String, double[]> best = new LinkedHashMap<>();
        Map<String, int[]> essentialMatches = new LinkedHashMap<>();
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
                essentialMatches.computeIfAbsent(muscle, m -> new int[1])[0] += "essential".equals(e.zone()) ? 1 : 0;
            });
        }
        List<Ranked> ranked = new ArrayList<>();
        byMuscle.forEach((muscleId, tps) -> ranked.add(ranked(catalogue.muscle(muscleId).orElseThrow(), tps,
                best.get(muscleId)[0], essentialMatches.get(muscleId)[0], activities)));
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(Comparator.comparingInt(Ranked::essentialMatches).reversed())
                .thenComparing(r -> r.muscle().id()));
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

    private static Ranked ranked(Muscle muscle, Map<TriggerPoint, List<Explanation>> byTriggerPoint, double areaScore,
            int essentialMatches, Set<String> activities) {
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
        return new Ranked(muscle, Math.round(score * 1000) / 1000.0, essentialMatches, tps, List.copyOf(matched));
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
