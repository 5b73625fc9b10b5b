package org.myomap.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 *       {@code painGuides}, from Travell &amp; Simons), the best place over the areas (the guide reported is
 *       that of the area given first among those where it stands best); listed muscles come
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

    private final Catalogue catalogue;
    /** Per region, every zone that can explain pain there and how it matches; see {@link #reachOf}. */
    private final Map<String, List<Reach>> reachByRegion = new HashMap<>();

    public MuscleRanking(Catalogue catalogue) {
        this.catalogue = catalogue;
        for (var region : catalogue.regions()) {
            reachByRegion.put(region.id(), reachOf(region.id()));
        }
    }

    /** A zone that can explain pain in a region: how it matches, and its zone weight times its match weight. */
    private record Reach(Catalogue.Referral referral, String match, double weight) {
    }

    /**
     * Only the zones that can explain pain in a region: those in the region itself, in the regions below it and
     * in the regions above it, in that order, found through the catalogue's region index once per catalogue
     * rather than per request.
     */
    private List<Reach> reachOf(String region) {
        List<Reach> reach = new ArrayList<>();
        collect(reach, List.of(region), "exact", EXACT);
        Set<String> below = new LinkedHashSet<>(catalogue.regionAndDescendants(region));
        below.remove(region);
        collect(reach, below, "within-requested-region", BROADER_REQUEST);
        collect(reach, catalogue.ancestors(region).stream().map(r -> r.id()).toList(), "broader-zone", BROADER_ZONE);
        return List.copyOf(reach);
    }

    private void collect(List<Reach> into, Iterable<String> regions, String match, double matchWeight) {
        for (String region : regions) {
            for (Catalogue.Referral referral : catalogue.referralsTo(region)) {
                into.add(new Reach(referral, match, (referral.zone().essential() ? ESSENTIAL : SPILLOVER) * matchWeight));
            }
        }
    }

    public List<Ranked> rank(List<Area> areas, Set<String> activities, int limit) {
        Map<String, Standing> byMuscle = new LinkedHashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            Map<String, Explanation> bestForArea = new LinkedHashMap<>();
            for (Reach reach : reachByRegion.getOrDefault(area.region(), List.of())) {
                Catalogue.Referral referral = reach.referral();
                ReferralZone zone = referral.zone();
                Explanation e = new Explanation(i, area.region(), zone.region(), zone.zone(), reach.match(),
                        reach.weight() * sideWeight(area.side(), zone.side()));
                Standing standing = byMuscle.computeIfAbsent(referral.muscle().id(), m -> new Standing(referral.muscle()));
                standing.offer(referral.triggerPoint(), e);
                bestForArea.merge(referral.muscle().id(), e, (a, b) -> b.weight() > a.weight() ? b : a);
            }
            bestForArea.forEach((muscle, e) -> byMuscle.get(muscle).explained(area.region(), e.weight()));
        }
        List<Standing> standings = new ArrayList<>(byMuscle.size());
        for (Standing standing : byMuscle.values()) {
            standing.settle(likelihood(standing.muscle.id(), standing.regionsExplained), activities);
            standings.add(standing);
        }
        standings.sort(ORDER);
        List<Ranked> ranked = new ArrayList<>(Math.min(limit, standings.size()));
        for (Standing standing : standings.subList(0, Math.min(limit, standings.size()))) {
            ranked.add(standing.ranked(activities));
        }
        return ranked;
    }

    /** The factors of the class comment in their order, each deciding only when all before it are equal. */
    private static final Comparator<Standing> ORDER = (a, b) -> {
        int order = Integer.compare(b.areasExplained, a.areasExplained); // coverage, more first
        if (order == 0) {
            order = Double.compare(b.fit, a.fit); // fit, higher first
        }
        if (order == 0) {
            order = Integer.compare(a.place(), b.place()); // likelihood, first in the guide first
        }
        if (order == 0) {
            order = Integer.compare(b.activitiesMatched, a.activitiesMatched); // activity, more first
        }
        return order != 0 ? order : a.muscle.id().compareTo(b.muscle.id());
    };

    /**
     * One muscle's standing while a request is ranked: what decides its place is settled for every muscle, the
     * candidate's detail ({@link #ranked}) is built only for those within the limit.
     */
    private static final class Standing {
        final Muscle muscle;
        /** Trigger points by identity (records would hash every field); their order is settled by {@link #ranked}. */
        final Map<TriggerPoint, List<Explanation>> byTriggerPoint = new IdentityHashMap<>();
        /** The regions of the areas explained, in the order the areas were given. */
        final Set<String> regionsExplained = new LinkedHashSet<>();
        double areaScore;
        int areasExplained;
        double fit;
        Likelihood likelihood;
        int activitiesMatched;

        Standing(Muscle muscle) {
            this.muscle = muscle;
        }

        /** Keeps the trigger point's best explanation of each area. */
        void offer(TriggerPoint triggerPoint, Explanation e) {
            List<Explanation> explains = byTriggerPoint.computeIfAbsent(triggerPoint, t -> new ArrayList<>());
            for (int k = 0; k < explains.size(); k++) {
                if (explains.get(k).area() == e.area()) {
                    if (e.weight() > explains.get(k).weight()) {
                        explains.remove(k);
                        explains.add(e);
                    }
                    return;
                }
            }
            explains.add(e);
        }

        /** The muscle explains one more area, with its best explanation of it. */
        void explained(String region, double weight) {
            regionsExplained.add(region);
            areaScore += weight;
            areasExplained++;
        }

        /** The place in the pain guide; a muscle no guide lists comes after every listed one. */
        int place() {
            return likelihood == null ? Integer.MAX_VALUE : likelihood.rank();
        }

        void settle(Likelihood likelihood, Set<String> activities) {
            this.likelihood = likelihood;
            this.fit = round(areaScore);
            this.activitiesMatched = activities.isEmpty() ? 0 : matchedActivities(activities).size();
        }

        private Set<String> matchedActivities(Set<String> activities) {
            Set<String> matched = new LinkedHashSet<>();
            for (TriggerPoint tp : byTriggerPoint.keySet()) {
                for (String activity : tp.aggravatedBy()) {
                    if (activities.contains(activity)) {
                        matched.add(activity);
                    }
                }
            }
            return matched;
        }

        /** The candidate: its trigger points, best explanation first, and the activities they list, in that order. */
        Ranked ranked(Set<String> activities) {
            List<RankedTriggerPoint> tps = new ArrayList<>();
            for (var entry : byTriggerPoint.entrySet()) {
                List<String> tpActivities = entry.getKey().aggravatedBy().stream().filter(activities::contains).toList();
                tps.add(new RankedTriggerPoint(entry.getKey(), List.copyOf(entry.getValue()), tpActivities));
            }
            tps.sort(Comparator.comparingDouble((RankedTriggerPoint t) -> -t.explains().stream().mapToDouble(Explanation::weight).sum())
                    .thenComparing(t -> t.triggerPoint().id()));
            Set<String> matched = new LinkedHashSet<>();
            tps.forEach(t -> matched.addAll(t.matchedActivities()));
            double score = areaScore + ACTIVITY * matched.size();
            return new Ranked(muscle, round(score), areasExplained, fit, likelihood, tps, List.copyOf(matched));
        }
    }

    /**
     * The best place of the muscle in the pain guides of the areas it explains; on a tie, the guide of the area
     * given first.
     */
    private Likelihood likelihood(String muscleId, Set<String> regions) {
        Likelihood best = null;
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
