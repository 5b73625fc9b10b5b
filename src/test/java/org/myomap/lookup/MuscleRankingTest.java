package org.myomap.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.CatalogueContent;
import org.myomap.catalogue.content.ContentFile.Evidence;
import org.myomap.catalogue.content.ContentFile.Muscle;
import org.myomap.catalogue.content.ContentFile.PainGuide;
import org.myomap.catalogue.content.ContentFile.ReferralZone;
import org.myomap.catalogue.content.ContentFile.Region;
import org.myomap.catalogue.content.ContentFile.SourceRef;
import org.myomap.catalogue.content.ContentFile.TriggerPoint;

/** The scoring rules on a three-region, four-muscle catalogue made for the purpose. */
class MuscleRankingTest {

    private static final Catalogue CATALOGUE = new Catalogue(new CatalogueContent("test",
            List.of(region("leg", null), region("calf", "leg"), region("heel", "leg")),
            List.of(), List.of(),
            List.of(muscle("essential-calf", zone("calf", "essential", "same")),
                    muscle("spillover-calf", zone("calf", "spillover", "same")),
                    muscle("calf-and-heel", zone("calf", "essential", "same"), zone("heel", "essential", "same")),
                    muscle("band-both-sides", zone("heel", "essential", "both"))),
            List.of(), List.of(), Map.of()));
    private static final MuscleRanking RANKING = new MuscleRanking(CATALOGUE);

    @Test
    void anEssentialZoneOutranksASpilloverZone() {
        var ranked = ids(RANKING.rank(List.of(new MuscleRanking.Area("calf", "left")), Set.of(), 10));
        assertThat(ranked.indexOf("essential-calf")).isLessThan(ranked.indexOf("spillover-calf"));
    }

    @Test
    void aMuscleExplainingMoreAreasRanksFirst() {
        var ranked = RANKING.rank(List.of(new MuscleRanking.Area("calf", "left"), new MuscleRanking.Area("heel", "left")), Set.of(), 10);
        assertThat(ranked.get(0).muscle().id()).isEqualTo("calf-and-heel");
        assertThat(ranked.get(0).score()).isEqualTo(2.0);
    }

    @Test
    void aMatchThroughAParentRegionCountsLessThanAnExactOne() {
        double exact = RANKING.rank(List.of(new MuscleRanking.Area("calf", "left")), Set.of(), 10).get(0).score();
        var viaParent = RANKING.rank(List.of(new MuscleRanking.Area("leg", "left")), Set.of(), 10);
        assertThat(viaParent.get(0).score()).isLessThan(exact);
        assertThat(viaParent.get(0).triggerPoints().get(0).explains().get(0).match()).isEqualTo("within-requested-region");
    }

    @Test
    void aTwoSidedBandExplainsPainOnBothSidesBetterThanAOneSidedPattern() {
        var ranked = RANKING.rank(List.of(new MuscleRanking.Area("heel", "both")), Set.of(), 10);
        assertThat(ranked.get(0).muscle().id()).isEqualTo("band-both-sides");
        assertThat(ranked.get(1).score()).isEqualTo(MuscleRanking.ONE_SIDED_PATTERN_ON_BOTH_SIDES);
    }

    @Test
    void aMatchingAggravatingActivityAddsToTheScore() {
        var ranked = RANKING.rank(List.of(new MuscleRanking.Area("calf", "left")), Set.of("walking"), 10);
        var essential = ranked.stream().filter(r -> r.muscle().id().equals("essential-calf")).findFirst().orElseThrow();
        assertThat(essential.score()).isEqualTo(1.0 + MuscleRanking.ACTIVITY);
        assertThat(essential.matchedActivities()).containsExactly("walking");
    }

    @Test
    void tiesAreBrokenByMuscleIdSoTheOrderIsAlwaysTheSame() {
        var once = ids(RANKING.rank(List.of(new MuscleRanking.Area("calf", "left")), Set.of(), 10));
        var again = ids(RANKING.rank(List.of(new MuscleRanking.Area("calf", "left")), Set.of(), 10));
        assertThat(once).isEqualTo(again).startsWith("calf-and-heel", "essential-calf");
    }

    @Test
    void musclesThatExplainNothingAreLeftOut() {
        assertThat(ids(RANKING.rank(List.of(new MuscleRanking.Area("heel", "left")), Set.of(), 10)))
                .doesNotContain("essential-calf", "spillover-calf");
    }

    /** A second catalogue for the ordering factors: the shoulder, arm and wrist, and a pain guide for the arm. */
    private static final Catalogue ARM = new Catalogue(new CatalogueContent("test-arm",
            List.of(region("arm", null), region("shoulder", "arm"), region("upper-arm", "arm"), region("wrist", "arm")),
            List.of(), List.of(),
            List.of(muscle("all-three-by-spillover", zone("shoulder", "spillover", "same"), zone("upper-arm", "spillover", "same"),
                            zone("wrist", "spillover", "same")),
                    muscle("two-essential", zone("shoulder", "essential", "same"), zone("upper-arm", "essential", "same")),
                    muscle("a-unlisted", zone("shoulder", "essential", "same")),
                    muscle("listed-second", zone("shoulder", "essential", "same")),
                    muscle("listed-first", List.of(), zone("shoulder", "essential", "same"))),
            List.of(), List.of(),
            List.of(new PainGuide("arm", List.of("listed-first", "listed-second"), new SourceRef("s", "pain guide"))),
            Map.of()));
    private static final MuscleRanking ARM_RANKING = new MuscleRanking(ARM);

    @Test
    void aMuscleThatExplainsEveryAreaOutranksOnesThatExplainSomeWhateverTheirZones() {
        var ranked = ARM_RANKING.rank(List.of(new MuscleRanking.Area("shoulder", "left"), new MuscleRanking.Area("upper-arm", "left"),
                new MuscleRanking.Area("wrist", "left")), Set.of(), 10);
        assertThat(ranked.get(0).muscle().id()).isEqualTo("all-three-by-spillover");
        assertThat(ranked.get(0).areasExplained()).isEqualTo(3);
        assertThat(ranked.get(0).fit()).isLessThan(ranked.get(1).fit());
    }

    @Test
    void amongEqualFitsThePainGuideOrderDecidesAndListedMusclesComeBeforeUnlistedOnes() {
        var ranked = ARM_RANKING.rank(List.of(new MuscleRanking.Area("shoulder", "left")), Set.of(), 10);
        assertThat(ids(ranked)).startsWith("listed-first", "listed-second", "a-unlisted");
        assertThat(ranked.get(0).likelihood()).isEqualTo(new MuscleRanking.Likelihood("arm", 1, "s, pain guide"));
        assertThat(ranked.get(2).likelihood()).isNull();
    }

    @Test
    void theActivityDecidesOnlyAfterThePainGuide() {
        var ranked = ARM_RANKING.rank(List.of(new MuscleRanking.Area("shoulder", "left")), Set.of("walking"), 10);
        assertThat(ids(ranked)).startsWith("listed-first", "listed-second", "a-unlisted");
        assertThat(ranked.get(0).matchedActivities()).isEmpty();
        assertThat(ranked.get(1).matchedActivities()).containsExactly("walking");
    }

    /** One muscle first in the pain guides of both the calf and the heel, a trigger point for each. */
    private static final Catalogue TWO_GUIDES = new Catalogue(new CatalogueContent("test-two-guides",
            List.of(region("leg", null), region("calf", "leg"), region("heel", "leg")),
            List.of(), List.of(),
            List.of(new Muscle("soleus", "soleus", List.of(), "leg-and-foot", "test", List.of(
                    triggerPoint("soleus-calf", List.of("walking"), zone("calf", "essential", "same")),
                    triggerPoint("soleus-heel", List.of("running"), zone("heel", "spillover", "same"))))),
            List.of(), List.of(),
            List.of(new PainGuide("calf", List.of("soleus"), new SourceRef("s", "calf pain")),
                    new PainGuide("heel", List.of("soleus"), new SourceRef("s", "heel pain"))),
            Map.of()));
    private static final MuscleRanking TWO_GUIDES_RANKING = new MuscleRanking(TWO_GUIDES);

    @Test
    void whenAMuscleStandsAsHighInTwoAreasGuidesTheGuideOfTheAreaGivenFirstIsReported() {
        var heelFirst = TWO_GUIDES_RANKING.rank(List.of(new MuscleRanking.Area("heel", "left"), new MuscleRanking.Area("calf", "left")),
                Set.of(), 10);
        var calfFirst = TWO_GUIDES_RANKING.rank(List.of(new MuscleRanking.Area("calf", "left"), new MuscleRanking.Area("heel", "left")),
                Set.of(), 10);
        assertThat(heelFirst.get(0).likelihood()).isEqualTo(new MuscleRanking.Likelihood("heel", 1, "s, heel pain"));
        assertThat(calfFirst.get(0).likelihood()).isEqualTo(new MuscleRanking.Likelihood("calf", 1, "s, calf pain"));
    }

    @Test
    void matchedActivitiesComeInTheOrderOfTheTriggerPointsBestExplanationFirst() {
        var activities = new LinkedHashSet<>(List.of("running", "walking"));
        var ranked = TWO_GUIDES_RANKING.rank(List.of(new MuscleRanking.Area("heel", "left"), new MuscleRanking.Area("calf", "left")),
                activities, 10);
        assertThat(ranked.get(0).triggerPoints()).extracting(t -> t.triggerPoint().id()).containsExactly("soleus-calf", "soleus-heel");
        assertThat(ranked.get(0).matchedActivities()).containsExactly("walking", "running");
    }

    @Test
    void onlyTheCandidatesWithinTheLimitAreReturnedInTheirOrder() {
        var all = ids(RANKING.rank(List.of(new MuscleRanking.Area("calf", "left")), Set.of(), 10));
        assertThat(ids(RANKING.rank(List.of(new MuscleRanking.Area("calf", "left")), Set.of(), 2))).isEqualTo(all.subList(0, 2));
    }

    private static List<String> ids(List<MuscleRanking.Ranked> ranked) {
        return ranked.stream().map(r -> r.muscle().id()).toList();
    }

    private static Region region(String id, String parent) {
        return new Region(id, id, parent, "back", true, List.of(), null, null);
    }

    private static ReferralZone zone(String region, String kind, String side) {
        return new ReferralZone(region, kind, side);
    }

    private static Muscle muscle(String id, ReferralZone... zones) {
        return muscle(id, List.of("walking"), zones);
    }

    private static Muscle muscle(String id, List<String> aggravatedBy, ReferralZone... zones) {
        return new Muscle(id, id, List.of(), "leg-and-foot", "test", List.of(triggerPoint(id + "-tp", aggravatedBy, zones)));
    }

    private static TriggerPoint triggerPoint(String id, List<String> aggravatedBy, ReferralZone... zones) {
        return new TriggerPoint(id, "TP", "here", List.of(), List.of(zones), List.of(), aggravatedBy, List.of(),
                new SourceRef("s", null), new Evidence("limited", "test"));
    }
}
