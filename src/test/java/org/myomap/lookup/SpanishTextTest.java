package org.myomap.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.common.i18n.Language;
import org.myomap.lookup.text.Reading;

/** Spanish free text: the Spanish chain, its lay phrases, negation and ConText scopes. */
class SpanishTextTest {

    /** Built as the service builds it: from the Spanish edition, whose regions and activities carry Spanish names. */
    private static final TextInterpreter TEXT = new TextInterpreter(new Catalogue(
            CatalogueReader.fromClasspath("catalogue").readEditions().get(Language.SPANISH).content()), Language.SPANISH);

    private static List<String> affirmed(String text) {
        return ids(TEXT.interpret(text).affirmed());
    }

    private static List<String> negated(String text) {
        return ids(TEXT.interpret(text).negated());
    }

    private static List<String> aboutOthers(String text) {
        return ids(TEXT.interpret(text).aboutOthers());
    }

    private static List<String> ids(List<Reading.Found> found) {
        return found.stream().map(f -> f.concept().id()).toList();
    }

    @Test
    void aPhraseThatSaysAFindingWithANegationWordIsTheFinding() {
        assertThat(affirmed("no puedo orinar y tengo la entrepierna dormida")).contains("bladder-change", "saddle-numbness");
        assertThat(affirmed("se me escapa la orina")).contains("bladder-change");
    }

    @Test
    void accentsAndVerbFormsMeet() {
        assertThat(affirmed("baje de peso sin querer")).contains("unexplained-weight-loss");
        assertThat(affirmed("he bajado de peso")).contains("unexplained-weight-loss");
        assertThat(affirmed("tengo ormigueo en el pie")).contains("tingling");
    }

    @Test
    void sinNoNiegaNuncaNegateTheFindingAfterThem() {
        assertThat(negated("sin fiebre")).containsExactly("fever");
        assertThat(negated("no tengo hormigueo")).containsExactly("tingling");
        assertThat(negated("niega pérdida de peso")).containsExactly("unexplained-weight-loss");
        assertThat(negated("nunca he tenido cáncer")).containsExactly("cancer");
        assertThat(negated("sin fiebre, escalofríos ni pérdida de peso")).contains("fever", "unexplained-weight-loss");
    }

    @Test
    void peroClosesTheScope() {
        assertThat(affirmed("no tengo fiebre pero tengo hormigueo")).contains("tingling").doesNotContain("fever");
    }

    @Test
    void aFeverThatDoesNotComeDownIsAFever() {
        assertThat(affirmed("no me baja la fiebre")).contains("fever");
    }

    @Test
    void aRelativesCancerIsTheirs() {
        assertThat(aboutOthers("mi madre tuvo cáncer")).containsExactly("cancer");
        assertThat(aboutOthers("mi mama tuvo cancer de mama")).containsExactly("cancer");
        assertThat(aboutOthers("mi papá tuvo un coágulo")).containsExactly("previous-clot");
        assertThat(affirmed("mi madre tuvo cáncer")).doesNotContain("cancer");
        assertThat(aboutOthers("hay cáncer en mi familia")).contains("cancer");
    }

    @Test
    void anInjuryYearsAgoIsNotCurrent() {
        assertThat(affirmed("me fracturé la pierna hace diez años")).doesNotContain("fracture");
        assertThat(affirmed("me fracturé la pierna ayer")).contains("fracture");
    }

    @Test
    void anAgeAndASideAreRead() {
        Reading reading = TEXT.interpret("tengo 72 años y me duele la rodilla izquierda");
        assertThat(reading.age()).isEqualTo(72);
        assertThat(TEXT.interpret("me caí hace 10 años").age()).isNull();
    }

    @Test
    void numbButtocksInEitherWordOrderAreSaddleNumbness() {
        assertThat(affirmed("se me duermen las nalgas")).contains("saddle-numbness");
        assertThat(affirmed("tengo las nalgas dormidas")).contains("saddle-numbness");
    }

    @Test
    void deGolpeIsSuddenNotAnInjury() {
        assertThat(affirmed("el dolor empezó de golpe")).contains("recent").doesNotContain("minor-trauma");
        assertThat(affirmed("me di un golpe en la rodilla")).contains("minor-trauma");
    }

    @Test
    void sleepingIsNotNumbness() {
        assertThat(affirmed("me quedé dormida en el sillón")).doesNotContain("numbness", "saddle-numbness");
    }

    @Test
    void stressIncontinenceIsNotABladderSign() {
        assertThat(affirmed("se me escapa la orina cuando toso")).doesNotContain("bladder-change");
    }

    @Test
    void gettingUpInTheMorningIsNotLiftingAndTheLowBackIsNotGoingDownstairs() {
        assertThat(affirmed("me duele la espalda al levantarme en la mañana")).doesNotContain("lifting");
        assertThat(affirmed("me duele la espalda baja")).contains("lower-back").doesNotContain("going-downstairs");
        assertThat(affirmed("me duele al recoger cosas del suelo")).contains("lifting");
        assertThat(affirmed("me duele la rodilla al bajar escaleras")).contains("going-downstairs");
    }

    /** Found by the independent review of the Spanish reading (second pass, issue #15). */
    @Test
    void wordsThatLookLikeNegationOrSomeoneElseDoNotHideTheFinding() {
        assertThat(affirmed("sin querer me golpeé la cabeza")).contains("head-injury");
        assertThat(negated("no sé si tengo fiebre")).doesNotContain("fever");
        assertThat(negated("descartaron cáncer")).contains("cancer");
        assertThat(aboutOthers("mi cuñado tuvo cáncer")).contains("cancer");
    }

    @Test
    void commonWaysOfSayingAnEmergencyAreRead() {
        assertThat(affirmed("se me sale el popó sin darme cuenta")).contains("bowel-change");
        assertThat(affirmed("me hago pipí sin darme cuenta")).contains("bladder-change");
        assertThat(affirmed("se me duermen las dos piernas")).contains("bilateral-sciatica");
        assertThat(affirmed("tengo la boca chueca y se me traba la lengua")).contains("face-drooping", "speech-difficulty");
        assertThat(affirmed("se me durmió medio cuerpo")).contains("one-sided-weakness");
        assertThat(affirmed("se me nubló un ojo de repente")).contains("sudden-vision-loss");
        assertThat(affirmed("siento como un peso en el pecho")).contains("chest-pain-on-exertion");
        assertThat(affirmed("me duele el pecho al respirar hondo")).contains("pleuritic-chest-pain");
        assertThat(affirmed("tuve un accidente de tránsito")).contains("major-trauma");
    }

    @Test
    void everydayPhrasesDoNotRaiseAFalseEmergency() {
        assertThat(affirmed("siento como choques eléctricos en la pierna")).doesNotContain("major-trauma");
        assertThat(affirmed("tengo el dedo morado por un golpe")).doesNotContain("cold-pale-limb");
        assertThat(affirmed("me pusieron una inyección de cortisona en el hombro")).doesNotContain("long-term-steroids");
        assertThat(affirmed("sudo mucho cuando hago ejercicio y me duele el hombro")).doesNotContain("sweating");
        assertThat(affirmed("no puedo respirar por la nariz y me duele el cuello")).doesNotContain("breathlessness");
        assertThat(affirmed("quiero bajar de peso y me duele la rodilla")).doesNotContain("unexplained-weight-loss");
    }
}
