package org.myomap.lookup.redflags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.myomap.lookup.Vocabulary;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Each rule on its own, from structured findings: what raises it, at which urgency, and the nearest findings
 * that must not. The same rules are tested from plain sentences in the vignettes.
 */
class RedFlagRulesTest {

    /** A builder of findings: regions are given with their ancestors, as the engine gives them. */
    private static final class F {
        private final Set<String> symptoms = new HashSet<>();
        private final Set<String> history = new HashSet<>();
        private final Set<String> regions = new HashSet<>();
        private Integer age;
        private String onset;
        private boolean bothLegs;

        static F where(String... regionAndAncestors) {
            F f = new F();
            f.regions.addAll(List.of(regionAndAncestors));
            return f;
        }

        F with(String... items) {
            for (String item : items) {
                if (Vocabulary.SYMPTOMS.containsKey(item)) {
                    symptoms.add(item);
                } else if (Vocabulary.HISTORY.containsKey(item)) {
                    history.add(item);
                } else {
                    throw new IllegalArgumentException("not in the vocabulary: " + item);
                }
            }
            return this;
        }

        F age(int years) {
            this.age = years;
            return this;
        }

        F onset(String onset) {
            this.onset = onset;
            return this;
        }

        F bothLegs() {
            this.bothLegs = true;
            return this;
        }

        Findings build() {
            return new Findings(symptoms, history, age, onset, regions, bothLegs);
        }
    }

    private static final String[] LOW_BACK = {"lower-back", "trunk"};
    private static final String[] UPPER_BACK = {"thoracic-paraspinal", "upper-back", "trunk"};
    private static final String[] CALF = {"calf", "lower-leg", "lower-limb"};
    private static final String[] FOREARM = {"forearm", "upper-limb"};
    private static final String[] CHEST = {"front-of-chest", "chest", "trunk"};
    private static final String[] TEMPLE = {"temple", "head"};
    private static final String[] KNEE = {"knee", "lower-limb"};
    private static final String[] NECK = {"back-of-neck", "neck"};

    private static Optional<RedFlag> fire(RedFlagRule rule, F findings) {
        return rule.screen(findings.build());
    }

    private static void raises(RedFlagRule rule, F findings, Urgency urgency) {
        Optional<RedFlag> flag = fire(rule, findings);
        assertThat(flag).as("%s raised", rule.code()).isPresent();
        assertThat(flag.get().urgency()).isEqualTo(urgency);
        assertThat(flag.get().code()).isEqualTo(rule.code());
        assertThat(flag.get().source()).isEqualTo(rule.source()).isNotBlank();
        assertThat(flag.get().because()).isNotEmpty();
    }

    private static void silent(RedFlagRule rule, F findings) {
        assertThat(fire(rule, findings)).as("%s not raised", rule.code()).isEmpty();
    }

    @Nested
    class CaudaEquinaRule {
        final RedFlagRule rule = new CaudaEquina();

        @Test
        void saddleNumbnessOrSphincterChangeWithBackPainIsAnEmergency() {
            raises(rule, F.where(LOW_BACK).with("saddle-numbness"), Urgency.EMERGENCY);
            raises(rule, F.where(LOW_BACK).with("bladder-change"), Urgency.EMERGENCY);
            raises(rule, F.where(LOW_BACK).with("bowel-change"), Urgency.EMERGENCY);
        }

        @Test
        void progressiveWeaknessInBothLegsIsCaudaEquinaButInOneLegIsNot() {
            raises(rule, F.where("lower-limb").with("progressive-weakness").bothLegs(), Urgency.EMERGENCY);
            silent(rule, F.where("lower-limb").with("progressive-weakness"));
        }

        @Test
        void earlyBladderSignsWithBackPainAreAnEmergency() {
            raises(rule, F.where(LOW_BACK).with("bladder-change").onset("recent"), Urgency.EMERGENCY);
        }

        @Test
        void sciaticaNumbnessOrWeaknessInBothLegsIsAnEmergencyButInOneLegIsNot() {
            raises(rule, F.where(LOW_BACK).with("bilateral-sciatica"), Urgency.EMERGENCY);
            raises(rule, F.where("lower-back", "back-of-thigh", "lower-limb").with("shooting-pain-below-knee").bothLegs(),
                    Urgency.EMERGENCY);
            raises(rule, F.where(LOW_BACK).with("numbness").bothLegs(), Urgency.EMERGENCY);
            silent(rule, F.where("lower-back", "back-of-thigh", "lower-limb").with("shooting-pain-below-knee"));
            silent(rule, F.where(LOW_BACK).with("numbness"));
        }

        @Test
        void sciaticaInBothLegsIsCaudaEquinaWithoutAnyOtherPainNamed() {
            raises(rule, F.where().with("bilateral-sciatica"), Urgency.EMERGENCY);
        }

        @Test
        void bothKneesAchingWithNumbFingersIsNotCaudaEquina() {
            silent(rule, F.where("knee", "lower-limb", "fingers", "upper-limb").with("numbness").bothLegs());
        }

        @Test
        void footDropAloneIsNotCaudaEquina() {
            silent(rule, F.where(LOW_BACK).with("foot-drop"));
        }

        @Test
        void aBladderChangeWithoutBackOrLegPainIsNotCaudaEquina() {
            silent(rule, F.where(KNEE[0]).with("bladder-change"));
        }
    }

    @Nested
    class ProgressiveNeurologicalDeficitRule {
        final RedFlagRule rule = new ProgressiveNeurologicalDeficit();

        @Test
        void footDropOrWorseningWeaknessIsUrgent() {
            raises(rule, F.where(LOW_BACK).with("foot-drop"), Urgency.URGENT);
            raises(rule, F.where("lower-limb").with("progressive-weakness"), Urgency.URGENT);
        }

        @Test
        void plainWeaknessIsNot() {
            silent(rule, F.where(LOW_BACK).with("weakness"));
        }
    }

    @Nested
    class MetastaticSpinalCordCompressionRule {
        final RedFlagRule rule = new MetastaticSpinalCordCompression();

        @Test
        void cancerWithSpinePainAndWeaknessIsAnEmergency() {
            raises(rule, F.where(UPPER_BACK).with("cancer", "weakness"), Urgency.EMERGENCY);
            raises(rule, F.where(LOW_BACK).with("cancer", "gait-disturbance"), Urgency.EMERGENCY);
        }

        @Test
        void cancerWithThoracicOrBandLikePainAloneIsUrgent() {
            raises(rule, F.where(UPPER_BACK).with("cancer"), Urgency.URGENT);
            raises(rule, F.where(CHEST).with("cancer", "band-like-pain"), Urgency.URGENT);
        }

        @Test
        void weaknessWithoutCancerOrCancerWithKneePainAloneIsNot() {
            silent(rule, F.where(UPPER_BACK).with("weakness"));
            silent(rule, F.where(KNEE).with("cancer"));
        }

        @Test
        void withCancerWeaknessOrBladderChangeIsAnEmergencyWithoutAnySpinalPain() {
            raises(rule, F.where(KNEE).with("cancer", "weakness"), Urgency.EMERGENCY);
            raises(rule, F.where("hip", "lower-limb").with("cancer", "bladder-change"), Urgency.EMERGENCY);
            raises(rule, F.where("calf", "lower-limb").with("cancer", "gait-disturbance"), Urgency.EMERGENCY);
        }

        @Test
        void withCancerNumbnessAloneWithoutSpinalPainIsUrgent() {
            raises(rule, F.where("fingers", "upper-limb").with("cancer", "tingling"), Urgency.URGENT);
        }
    }

    @Nested
    class CompartmentSyndromeRule {
        final RedFlagRule rule = new CompartmentSyndrome();

        @Test
        void aCastOrCrushWithPainOutOfProportionOrTinglingIsAnEmergency() {
            raises(rule, F.where(CALF).with("cast-or-splint", "tingling"), Urgency.EMERGENCY);
            raises(rule, F.where(FOREARM).with("crush-injury", "pain-out-of-proportion"), Urgency.EMERGENCY);
            raises(rule, F.where(CALF).with("fracture", "pain-on-passive-stretch"), Urgency.EMERGENCY);
        }

        @Test
        void aCastWithoutWarningSignsOrSignsWithoutInjuryIsNot() {
            silent(rule, F.where(CALF).with("cast-or-splint"));
            silent(rule, F.where(CALF).with("tingling", "pain-out-of-proportion"));
        }

        @Test
        void afterASoftTissueInjuryOrOnBloodThinnersTwoCardinalSignsAreAnEmergency() {
            raises(rule, F.where(CALF).with("minor-trauma", "pain-out-of-proportion", "tense-swollen-limb"), Urgency.EMERGENCY);
            raises(rule, F.where(FOREARM).with("anticoagulants", "pain-on-passive-stretch", "pain-out-of-proportion"),
                    Urgency.EMERGENCY);
        }

        @Test
        void aSprainWithOneSignOrTinglingIsNot() {
            silent(rule, F.where(CALF).with("minor-trauma", "pain-out-of-proportion"));
            silent(rule, F.where(CALF).with("minor-trauma", "tingling", "numbness"));
            silent(rule, F.where(CALF).with("anticoagulants", "tense-swollen-limb"));
        }

        @Test
        void majorTraumaToTheBackIsNotACompartmentOfALimb() {
            silent(rule, F.where(LOW_BACK).with("major-trauma", "tingling"));
        }
    }

    @Nested
    class AcuteLimbIschaemiaRule {
        final RedFlagRule rule = new AcuteLimbIschaemia();

        @Test
        void aColdPalePainfulLimbIsAnEmergency() {
            raises(rule, F.where("foot", "lower-limb").with("cold-pale-limb", "numbness"), Urgency.EMERGENCY);
        }

        @Test
        void numbnessWithoutAColdPaleLimbIsNot() {
            silent(rule, F.where("foot", "lower-limb").with("numbness"));
        }
    }

    @Nested
    class SepticArthritisRule {
        final RedFlagRule rule = new SepticArthritis();

        @Test
        void aHotSwollenJointIsAnEmergencyWithOrWithoutFever() {
            raises(rule, F.where(KNEE).with("hot-swollen-joint", "fever"), Urgency.EMERGENCY);
            raises(rule, F.where(KNEE).with("hot-swollen-joint"), Urgency.EMERGENCY);
        }

        @Test
        void aPainfulKneeWithFeverButNoHotSwellingIsNot() {
            silent(rule, F.where(KNEE).with("fever"));
        }

        @Test
        void aJointThatSwelledAfterAnInjuryIsOutsideTheRuleUnlessThereIsFever() {
            silent(rule, F.where("ankle", "lower-limb").with("hot-swollen-joint", "minor-trauma"));
            raises(rule, F.where("ankle", "lower-limb").with("hot-swollen-joint", "minor-trauma", "fever"), Urgency.EMERGENCY);
        }
    }

    @Nested
    class MeningitisRule {
        final RedFlagRule rule = new Meningitis();

        @Test
        void aRashThatDoesNotFadeIsAnEmergencyWithoutFever() {
            raises(rule, F.where("head").with("non-blanching-rash"), Urgency.EMERGENCY);
            raises(rule, F.where("head").with("headache", "neck-stiffness", "photophobia"), Urgency.EMERGENCY);
        }

        @Test
        void feverWithAStiffNeckRashOrConfusionIsAnEmergency() {
            raises(rule, F.where("head").with("fever", "headache", "neck-stiffness"), Urgency.EMERGENCY);
            raises(rule, F.where("head").with("fever", "non-blanching-rash"), Urgency.EMERGENCY);
            raises(rule, F.where("head").with("fever", "confusion"), Urgency.EMERGENCY);
        }

        @Test
        void aStiffNeckWithoutFeverIsAMuscleComplaintNotMeningitis() {
            silent(rule, F.where(NECK).with("neck-stiffness", "headache"));
        }
    }

    @Nested
    class SepsisRule {
        final RedFlagRule rule = new Sepsis();

        @Test
        void feverWithConfusionOrMottledSkinIsAnEmergency() {
            raises(rule, F.where(LOW_BACK).with("fever", "confusion"), Urgency.EMERGENCY);
            raises(rule, F.where(LOW_BACK).with("recent-infection", "mottled-skin"), Urgency.EMERGENCY);
        }

        @Test
        void feverDuringChemotherapyOrAfterATransplantIsAnEmergency() {
            raises(rule, F.where("shoulder", "upper-limb").with("fever", "immunosuppression"), Urgency.EMERGENCY);
            raises(rule, F.where("shoulder", "upper-limb").with("fever", "anticancer-treatment"), Urgency.EMERGENCY);
        }

        @Test
        void onChemotherapyFeelingUnwellIsAnEmergencyWithoutAFever() {
            raises(rule, F.where(LOW_BACK).with("anticancer-treatment", "feeling-unwell"), Urgency.EMERGENCY);
            silent(rule, F.where(LOW_BACK).with("feeling-unwell"));
        }

        @Test
        void feelingUnwellWithAnImmunosuppressionThatIsNotCancerTreatmentIsNot() {
            silent(rule, F.where(LOW_BACK).with("immunosuppression", "feeling-unwell"));
        }

        @Test
        void eachWayToSepsisHasItsOwnAdvice() {
            assertThat(fire(rule, F.where(LOW_BACK).with("fever", "confusion")).orElseThrow().messageKey())
                    .isEqualTo("possible-sepsis/infection");
            assertThat(fire(rule, F.where(LOW_BACK).with("anticancer-treatment", "feeling-unwell")).orElseThrow().messageKey())
                    .isEqualTo("possible-sepsis/cancer-treatment");
            assertThat(fire(rule, F.where(LOW_BACK).with("immunosuppression", "fever")).orElseThrow().messageKey())
                    .isEqualTo("possible-sepsis/weakened-immunity");
        }

        @Test
        void feverAloneOrImmunosuppressionWithoutFeverIsNot() {
            silent(rule, F.where(LOW_BACK).with("fever"));
            silent(rule, F.where(LOW_BACK).with("immunosuppression", "recent-infection"));
        }
    }

    @Nested
    class ThunderclapHeadacheRule {
        final RedFlagRule rule = new ThunderclapHeadache();

        @Test
        void aSuddenSevereHeadacheIsAnEmergency() {
            raises(rule, F.where("head").with("sudden-severe-headache"), Urgency.EMERGENCY);
        }

        @Test
        void anOrdinaryHeadacheIsNot() {
            silent(rule, F.where(TEMPLE).with("headache"));
        }
    }

    @Nested
    class GiantCellArteritisRule {
        final RedFlagRule rule = new GiantCellArteritis();

        @Test
        void overFiftyWithJawClaudicationOrScalpTendernessIsUrgent() {
            raises(rule, F.where(TEMPLE).with("jaw-pain-on-chewing").age(72), Urgency.URGENT);
            raises(rule, F.where(TEMPLE).with("scalp-tenderness").age(66), Urgency.URGENT);
            raises(rule, F.where(TEMPLE).age(58).onset("recent"), Urgency.URGENT);
        }

        @Test
        void aChangeInVisionMakesItAnEmergency() {
            raises(rule, F.where(TEMPLE).with("vision-change").age(70), Urgency.EMERGENCY);
            raises(rule, F.where(TEMPLE).with("sudden-vision-loss").age(72), Urgency.EMERGENCY);
        }

        @Test
        void aNewHeadacheAnywhereInTheHeadAtFiftyOrOverIsUrgent() {
            raises(rule, F.where("back-of-head", "head").age(67).onset("recent"), Urgency.URGENT);
            raises(rule, F.where("forehead", "head").with("headache").age(55).onset("recent"), Urgency.URGENT);
        }

        @Test
        void aNewPainInTheFaceOrTeethAloneIsNot() {
            silent(rule, F.where("face", "head").age(67).onset("recent"));
        }

        @Test
        void underFiftyOrALongStandingTempleHeadacheIsNot() {
            silent(rule, F.where(TEMPLE).with("jaw-pain-on-chewing").age(38));
            silent(rule, F.where(TEMPLE).age(58).onset("chronic"));
        }
    }

    @Nested
    class CardiacRule {
        final RedFlagRule rule = new Cardiac();

        @Test
        void newChestPainSpreadingToTheArmIsAnEmergencyWithoutBreathlessness() {
            raises(rule, F.where("front-of-chest", "chest", "upper-arm", "upper-limb").onset("recent"), Urgency.EMERGENCY);
        }

        @Test
        void longStandingChestAndArmPainIsLeftToTheMuscles() {
            silent(rule, F.where("front-of-chest", "chest", "upper-arm", "upper-limb").onset("chronic"));
        }

        @Test
        void chestPainOnExertionOrArmPainWithSweatingIsAnEmergency() {
            raises(rule, F.where(CHEST).with("chest-pain-on-exertion"), Urgency.EMERGENCY);
            raises(rule, F.where("upper-arm", "upper-limb").with("sweating"), Urgency.EMERGENCY);
        }

        @Test
        void breathlessnessWithCalfPainIsNotTheHeartRule() {
            silent(rule, F.where(CALF).with("breathlessness"));
        }
    }

    @Nested
    class PulmonaryEmbolismRule {
        final RedFlagRule rule = new PulmonaryEmbolism();

        @Test
        void coughingBloodOrPleuriticPainWithBreathlessnessIsAnEmergencyWithoutARiskFactor() {
            raises(rule, F.where(CHEST).with("coughing-blood"), Urgency.EMERGENCY);
            raises(rule, F.where(CHEST).with("pleuritic-chest-pain", "breathlessness"), Urgency.EMERGENCY);
        }

        @Test
        void pleuriticPainAloneIsSeenTheSameDay() {
            raises(rule, F.where(CHEST).with("pleuritic-chest-pain"), Urgency.URGENT);
        }

        @Test
        void breathlessnessOrPleuriticPainWithARiskFactorIsAnEmergency() {
            raises(rule, F.where(CHEST).with("breathlessness", "recent-surgery"), Urgency.EMERGENCY);
            raises(rule, F.where(CHEST).with("pleuritic-chest-pain", "long-travel"), Urgency.EMERGENCY);
            raises(rule, F.where(CALF).with("breathlessness", "calf-swelling"), Urgency.EMERGENCY);
        }

        @Test
        void breathlessnessWithoutAReasonForAClotIsNot() {
            silent(rule, F.where(CHEST).with("breathlessness"));
        }

        @Test
        void itComesBeforeTheHeartRuleWhenBothFire() {
            List<RedFlag> flags = RedFlagScreen.screen(F.where(CHEST).with("breathlessness", "recent-surgery").build());
            assertThat(flags).extracting(RedFlag::code).startsWith("possible-pulmonary-embolism", "possible-heart-problem");
        }
    }

    @Nested
    class DeepVeinThrombosisRule {
        final RedFlagRule rule = new DeepVeinThrombosis();

        @Test
        void aSwollenCalfIsUrgent() {
            raises(rule, F.where(CALF).with("calf-swelling", "long-travel"), Urgency.URGENT);
            assertThat(fire(rule, F.where(CALF).with("calf-swelling", "long-travel")).get().because())
                    .containsExactly("calf-swelling", "long-travel");
        }

        @Test
        void aLongFlightWithoutASwollenCalfIsNot() {
            silent(rule, F.where(CALF).with("long-travel"));
        }

        @Test
        void aPainfulCalfWithAWellsReasonForAClotIsUrgentBeforeAnySwelling() {
            raises(rule, F.where(CALF).with("recent-surgery"), Urgency.URGENT);
            raises(rule, F.where(CALF).with("cast-or-splint"), Urgency.URGENT);
        }
    }

    @Nested
    class FractureRule {
        final RedFlagRule rule = new Fracture();

        @Test
        void majorTraumaWithSpinalPainIsAnEmergency() {
            raises(rule, F.where(LOW_BACK).with("major-trauma").age(30), Urgency.EMERGENCY);
            raises(rule, F.where(NECK).with("major-trauma").age(45), Urgency.EMERGENCY);
        }

        @Test
        void anInjuryAfterWhichTheLegCannotBearWeightIsUrgent() {
            raises(rule, F.where("ankle", "lower-limb").with("minor-trauma", "unable-to-bear-weight").age(30), Urgency.URGENT);
            raises(rule, F.where(KNEE).with("unable-to-bear-weight").age(30), Urgency.URGENT);
            silent(rule, F.where("ankle", "lower-limb").with("minor-trauma").age(30));
            silent(rule, F.where(KNEE).with("unable-to-bear-weight").age(30).onset("chronic"));
        }

        @Test
        void recentMajorTraumaAnywhereIsAnEmergencyAndLongPastIsUrgent() {
            raises(rule, F.where(KNEE).with("major-trauma").age(30), Urgency.EMERGENCY);
            raises(rule, F.where(KNEE).with("major-trauma").age(30).onset("chronic"), Urgency.URGENT);
        }

        @Test
        void aFallAtSeventyOrWithOsteoporosisIsUrgent() {
            raises(rule, F.where("hip", "lower-limb").with("minor-trauma").age(81), Urgency.URGENT);
            raises(rule, F.where(LOW_BACK).with("minor-trauma", "osteoporosis").age(62), Urgency.URGENT);
        }

        @Test
        void heavyLiftingAtSeventyTwoIsUrgentButAtFortyIsNot() {
            raises(rule, F.where(LOW_BACK).with("strenuous-lifting").age(72), Urgency.URGENT);
            silent(rule, F.where(LOW_BACK).with("strenuous-lifting").age(40));
        }

        @Test
        void neckPainAfterAFallAtSixtyFiveOrWithTinglingIsAnEmergency() {
            raises(rule, F.where(NECK).with("minor-trauma").age(66), Urgency.EMERGENCY);
            raises(rule, F.where(NECK).with("head-injury").age(65), Urgency.EMERGENCY);
            raises(rule, F.where(NECK).with("minor-trauma", "tingling").age(45), Urgency.EMERGENCY);
            raises(rule, F.where(NECK).with("minor-trauma", "weakness"), Urgency.EMERGENCY);
        }

        @Test
        void neckPainAfterAFallAtSixtyFourOrLongStandingOrTheLowBackAtSixtySixIsNot() {
            silent(rule, F.where(NECK).with("minor-trauma").age(64));
            silent(rule, F.where(NECK).with("minor-trauma").age(66).onset("chronic"));
            silent(rule, F.where(LOW_BACK).with("minor-trauma").age(66));
            silent(rule, F.where(NECK).with("tingling").age(70));
        }

        @Test
        void aFallAtFortyIsNot() {
            silent(rule, F.where(LOW_BACK).with("minor-trauma").age(40));
        }
    }

    @Nested
    class FragilityFractureRule {
        final RedFlagRule rule = new FragilityFracture();

        @Test
        void newSpinePainOnLongTermSteroidsOrWithOsteoporosisIsUrgentWithoutAnyInjury() {
            raises(rule, F.where(LOW_BACK).with("long-term-steroids").age(63).onset("recent"), Urgency.URGENT);
            raises(rule, F.where(UPPER_BACK).with("osteoporosis").age(75), Urgency.URGENT);
        }

        @Test
        void longStandingPainOrPainAwayFromTheSpineIsNot() {
            silent(rule, F.where(LOW_BACK).with("long-term-steroids").onset("chronic"));
            silent(rule, F.where(KNEE).with("osteoporosis").onset("recent"));
        }
    }

    @Nested
    class CancerOrInfectionRule {
        final RedFlagRule rule = new CancerOrInfection();

        @Test
        void feverOrCancerWithBackPainIsUrgent() {
            raises(rule, F.where(LOW_BACK).with("fever"), Urgency.URGENT);
            raises(rule, F.where(LOW_BACK).with("cancer"), Urgency.URGENT);
            raises(rule, F.where(LOW_BACK).with("night-pain"), Urgency.URGENT);
            raises(rule, F.where(LOW_BACK).with("night-sweats"), Urgency.URGENT);
        }

        @Test
        void immunosuppressionOrInjectingDrugsCountOnlyWithBackOrTrunkPain() {
            raises(rule, F.where(LOW_BACK).with("immunosuppression"), Urgency.URGENT);
            silent(rule, F.where("shoulder", "upper-limb").with("immunosuppression"));
            silent(rule, F.where(KNEE).with("iv-drug-use"));
        }

        @Test
        void nightPainInTheShoulderOrCancerWithKneePainIsNot() {
            silent(rule, F.where("shoulder", "upper-limb").with("night-pain"));
            silent(rule, F.where(KNEE).with("night-pain"));
            silent(rule, F.where(KNEE).with("cancer"));
        }
    }

    @Nested
    class SpinalInfectionRule {
        final RedFlagRule rule = new SpinalInfection();

        @Test
        void backPainWithFeverAndARiskFactorOrANerveSignIsAnEmergency() {
            raises(rule, F.where(LOW_BACK).with("fever", "iv-drug-use"), Urgency.EMERGENCY);
            raises(rule, F.where(NECK).with("fever", "recent-spinal-surgery"), Urgency.EMERGENCY);
            raises(rule, F.where(UPPER_BACK).with("fever", "weakness"), Urgency.EMERGENCY);
        }

        @Test
        void feverWithBackPainAloneOrARiskFactorWithoutFeverIsNot() {
            silent(rule, F.where(LOW_BACK).with("fever"));
            silent(rule, F.where(LOW_BACK).with("iv-drug-use"));
            silent(rule, F.where(KNEE).with("fever", "iv-drug-use"));
        }
    }

    @Nested
    class StrokeRule {
        final RedFlagRule rule = new Stroke();

        @Test
        void aDroopingFaceSlurredSpeechOrOneSidedWeaknessIsAnEmergencyWhateverHurts() {
            raises(rule, F.where(NECK).with("face-drooping"), Urgency.EMERGENCY);
            raises(rule, F.where(TEMPLE).with("speech-difficulty"), Urgency.EMERGENCY);
            raises(rule, F.where("shoulder", "upper-limb").with("one-sided-weakness"), Urgency.EMERGENCY);
            raises(rule, F.where(NECK).with("sudden-vision-loss"), Urgency.EMERGENCY);
        }

        @Test
        void plainWeaknessOrNumbnessIsNot() {
            silent(rule, F.where("shoulder", "upper-limb").with("weakness", "numbness"));
        }

        @Test
        void aChangeInVisionThatIsNotASuddenLossOfSightIsNot() {
            silent(rule, F.where(NECK).with("vision-change"));
        }
    }

    @Nested
    class HeadacheWarningSignsRule {
        final RedFlagRule rule = new HeadacheWarningSigns();

        @Test
        void aHeadacheOnCoughingOrWithCancerIsUrgent() {
            raises(rule, F.where("back-of-head", "head").with("headache-on-coughing"), Urgency.URGENT);
            raises(rule, F.where("forehead", "head").with("headache", "cancer"), Urgency.URGENT);
            raises(rule, F.where("forehead", "head").with("headache", "fever"), Urgency.URGENT);
        }

        @Test
        void aHeadacheWithConfusionIsAnEmergency() {
            raises(rule, F.where(TEMPLE).with("headache", "confusion"), Urgency.EMERGENCY);
        }

        @Test
        void anOrdinaryHeadacheOrCancerWithJawPainIsNot() {
            silent(rule, F.where(TEMPLE).with("headache"));
            silent(rule, F.where(TEMPLE).with("headache", "anticoagulants"));
            silent(rule, F.where("jaw", "head").with("cancer"));
        }

        @Test
        void aHeadacheOnExertionOrChangingWithPostureIsUrgent() {
            raises(rule, F.where("back-of-head", "head").with("headache-on-exertion"), Urgency.URGENT);
            raises(rule, F.where("forehead", "head").with("headache-changes-with-posture"), Urgency.URGENT);
            raises(rule, F.where().with("headache-on-exertion"), Urgency.URGENT);
        }

        @Test
        void vomitingWithANewHeadacheIsUrgentButNotWithAHeadacheOfYearsOrAfterAHeadInjury() {
            raises(rule, F.where("forehead", "head").with("headache", "vomiting"), Urgency.URGENT);
            silent(rule, F.where("forehead", "head").with("headache", "vomiting").onset("chronic"));
            silent(rule, F.where("forehead", "head").with("headache", "vomiting", "head-injury"));
        }

        @Test
        void immunosuppressionOrCancerCountOnlyWithANewHeadache() {
            raises(rule, F.where(TEMPLE).with("headache", "immunosuppression").onset("recent"), Urgency.URGENT);
            silent(rule, F.where(TEMPLE).with("headache", "immunosuppression").onset("chronic"));
            silent(rule, F.where(TEMPLE).with("headache", "cancer").onset("chronic"));
        }

        @Test
        void aFeverWithPainOnlyInTheJawOrFaceIsNot() {
            silent(rule, F.where("jaw", "head").with("fever"));
            silent(rule, F.where("face", "head").with("fever"));
        }

        @Test
        void aHeadacheWithAFeverHasItsOwnAdvice() {
            assertThat(fire(rule, F.where("forehead", "head").with("headache", "fever")).orElseThrow().messageKey())
                    .isEqualTo("headache-warning-signs/fever");
        }
    }

    @Nested
    class HeadInjuryRule {
        final RedFlagRule rule = new HeadInjury();

        @Test
        void aHeadInjuryWithAHeadacheVomitingBlackingOutOrBloodThinnersIsAnEmergency() {
            raises(rule, F.where(TEMPLE).with("head-injury", "headache"), Urgency.EMERGENCY);
            raises(rule, F.where(NECK).with("head-injury", "anticoagulants"), Urgency.EMERGENCY);
            raises(rule, F.where(NECK).with("head-injury", "vomiting"), Urgency.EMERGENCY);
            raises(rule, F.where(NECK).with("head-injury", "loss-of-consciousness"), Urgency.EMERGENCY);
            raises(rule, F.where(NECK).with("head-injury").age(71), Urgency.EMERGENCY);
        }

        @Test
        void aBumpOnTheHeadAloneAtFortyOrBloodThinnersWithoutAnInjuryIsNot() {
            silent(rule, F.where(NECK).with("head-injury").age(40));
            silent(rule, F.where(TEMPLE).with("headache", "anticoagulants"));
        }
    }

    @Nested
    class AgeWithNewBackPainRule {
        final RedFlagRule rule = new AgeWithNewBackPain();

        @Test
        void newBackPainOverFiftyIsARoutineReferral() {
            raises(rule, F.where(LOW_BACK).age(58).onset("recent"), Urgency.ROUTINE_REFERRAL);
        }

        @Test
        void longStandingBackPainOverFiftyIsNot() {
            silent(rule, F.where(LOW_BACK).age(58).onset("chronic"));
        }
    }

    @Nested
    class NerveRootSignsRule {
        final RedFlagRule rule = new NerveRootSigns();

        @Test
        void numbnessTinglingOrShootingPainIsARoutineReferral() {
            raises(rule, F.where(CALF).with("shooting-pain-below-knee"), Urgency.ROUTINE_REFERRAL);
        }

        @Test
        void legPainAloneIsNot() {
            silent(rule, F.where(CALF));
        }
    }

    @Test
    void everyRuleHasItsOwnCodeAndASource() {
        assertThat(RedFlagScreen.RULES).extracting(RedFlagRule::code).doesNotHaveDuplicates();
        assertThat(RedFlagScreen.RULES).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    }
}
