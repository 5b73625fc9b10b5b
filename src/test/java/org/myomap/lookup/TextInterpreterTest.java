package org.myomap.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.lookup.text.Reading;

/** Free text read against the shipped catalogue: the analysis chain, lay phrases and negation scope together. */
class TextInterpreterTest {

    private static final TextInterpreter TEXT = new TextInterpreter(new Catalogue(CatalogueReader.fromClasspath("catalogue").read()),
            org.myomap.common.i18n.Language.ENGLISH);

    private static List<String> affirmed(String text) {
        return ids(TEXT.interpret(text).affirmed());
    }

    private static List<String> negated(String text) {
        return ids(TEXT.interpret(text).negated());
    }

    private static List<String> ids(List<Reading.Found> found) {
        return found.stream().map(f -> f.concept().id()).toList();
    }

    @Test
    void eachNoNegatesTheFindingAfterIt() {
        String text = "low back pain, no numbness, no fever, no bladder problems";
        assertThat(affirmed(text)).containsExactly("lower-back");
        assertThat(negated(text)).containsExactly("numbness", "fever", "bladder-change");
    }

    @Test
    void deniesNegates() {
        assertThat(negated("denies saddle numbness")).containsExactly("saddle-numbness");
        assertThat(affirmed("denies saddle numbness")).isEmpty();
    }

    @Test
    void notAndNoNegateAcrossAnAndThatJoinsFindings() {
        String text = "chest ache after bench press, not short of breath and no sweating";
        assertThat(negated(text)).contains("breathlessness", "sweating");
        assertThat(affirmed(text)).contains("chest", "pushing").doesNotContain("breathlessness", "sweating");
    }

    @Test
    void aListEndingInOrStaysNegated() {
        assertThat(negated("no numbness, tingling or weakness")).containsExactly("numbness", "tingling", "weakness");
    }

    @Test
    void butClosesTheScope() {
        String text = "no fever but my neck is stiff";
        assertThat(negated(text)).containsExactly("fever");
        assertThat(affirmed(text)).contains("neck-stiffness");
    }

    @Test
    void aSentenceEndClosesTheScope() {
        assertThat(affirmed("No injury. Numb between my legs since this morning")).contains("saddle-numbness");
    }

    private static List<String> aboutOthers(String text) {
        return ids(TEXT.interpret(text).aboutOthers());
    }

    @Test
    void aFindingOfARelativeIsTheirsNotTheSpeakers() {
        assertThat(aboutOthers("my mum had bowel cancer")).containsExactly("cancer");
        assertThat(affirmed("my mum had bowel cancer")).doesNotContain("cancer");
        assertThat(aboutOthers("family history of DVT")).containsExactly("previous-clot");
    }

    @Test
    void theSpeakerTurningBackToThemselvesClosesTheRelativesScope() {
        assertThat(affirmed("my sister has arthritis, I have a fever")).contains("fever");
        assertThat(affirmed("my husband says I have a fever")).contains("fever");
    }

    @Test
    void anInjuryYearsAgoIsNotACurrentInjury() {
        assertThat(affirmed("I broke my leg ten years ago")).doesNotContain("fracture");
        assertThat(affirmed("fractured my wrist as a child")).doesNotContain("fracture");
        assertThat(affirmed("an old fracture of the ankle")).doesNotContain("fracture");
    }

    @Test
    void anAgeInYearsDoesNotDateAnInjury() {
        assertThat(affirmed("I am 80 years old and fell yesterday")).contains("minor-trauma");
        assertThat(affirmed("broke my wrist two weeks ago")).contains("fracture");
    }

    @Test
    void aCommaBeforeSomethingElseClosesTheScope() {
        assertThat(affirmed("no fever, back hurts worse at night")).contains("night-pain");
    }

    @Test
    void andBeforeSomethingThatIsNotAFindingClosesTheScope() {
        assertThat(affirmed("no injury and my calf is swollen")).contains("calf-swelling");
    }

    @Test
    void andBeforeANewSubjectClosesTheScopeEvenWhenAFindingFollows() {
        String text = "no fever and my knee is hot and swollen";
        assertThat(negated(text)).containsExactly("fever");
        assertThat(affirmed(text)).contains("hot-swollen-joint");
        assertThat(negated("no fever and chills")).containsExactly("fever");
    }

    @Test
    void oneWordCanCarryTwoFindingsIntoTheScope() {
        assertThat(negated("sciatica down my right leg, no bladder or bowel problems")).containsExactly("bladder-change", "bowel-change");
    }

    @Test
    void theScopeEndsAfterAFewWords() {
        assertThat(affirmed("no idea why it started, I had a long flight and my calf feels tight")).contains("long-travel");
        assertThat(affirmed("never any problem with it in all the years until I got these pins and needles")).contains("tingling");
    }

    @Test
    void pseudoNegationsNegateNothing() {
        assertThat(negated("pain not improving and wakes me at night")).isEmpty();
        assertThat(affirmed("not sure if I have a fever")).contains("fever");
        assertThat(affirmed("no better when lying down, wakes me at night")).contains("night-pain");
    }

    @Test
    void phrasesThatStateAFindingWithANegationWordAreFindings() {
        assertThat(affirmed("I can't control my bladder")).contains("bladder-change");
        assertThat(affirmed("cannot control my bladder")).contains("bladder-change");
        assertThat(affirmed("cant control my bladder")).contains("bladder-change");
        assertThat(affirmed("I'm not able to lift my foot")).contains("foot-drop");
        assertThat(affirmed("I can't feel my feet")).contains("numbness");
    }

    @ParameterizedTest(name = "\"{0}\" is feeling unwell")
    @CsvSource(delimiter = '|', value = {
        "I'm not feeling well, my shoulder aches", "I don't feel well", "I feel generally unwell", "I feel poorly today",
        "I feel terrible", "I feel rubbish and my back aches", "I feel awful", "I'm feeling awful", "a bit under the weather",
        "flu-like, my legs ache",
    })
    void feelingUnwellIsUnderstoodTheWaysPeopleSayIt(String text) {
        assertThat(affirmed(text)).contains("feeling-unwell");
    }

    @Test
    void aBodyPartThatFeelsAwfulIsNotFeelingUnwell() {
        assertThat(affirmed("my back feels awful")).contains("lower-back").doesNotContain("feeling-unwell");
    }

    @Test
    void notFeelingUnwellStaysNegated() {
        assertThat(negated("I don't feel unwell, just my back aches")).containsExactly("feeling-unwell");
        assertThat(affirmed("I don't feel unwell, just my back aches")).doesNotContain("feeling-unwell");
    }

    @Test
    void aTypedTemperatureOfThirtyEightOrMoreIsAFeverAndNotAnUnplacedWord() {
        Reading reading = TEXT.interpret("my forehead hurts and my temperature is 39.4");
        assertThat(ids(reading.affirmed())).contains("forehead", "fever");
        assertThat(reading.unplaced()).doesNotContain("39.4");
        assertThat(affirmed("fever of 101F and a headache")).contains("fever");
        assertThat(affirmed("my temperature is 37.2, my neck is sore")).doesNotContain("fever");
        assertThat(affirmed("I'm 38 and my neck is sore")).doesNotContain("fever");
    }

    @Test
    void postNegationAbsentNegatesTheFindingBeforeIt() {
        assertThat(negated("back pain; fever absent")).containsExactly("fever");
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource(delimiter = '|', value = {
        "my shins ache when I run|shin",
        "a stitch in my side|side-of-chest",
        "pain in the middle of my back|thoracic-paraspinal",
        "pain in the middle of the back|thoracic-paraspinal",
        "I had a fall last week|minor-trauma",
        "since my knee operation|recent-surgery",
        "ache down the back of my leg|back-of-thigh",
        "ache down the back of my leg|calf",
        "numbess in my sholder|numbness",
        "numbess in my sholder|shoulder",
        "fever, headache and a stiff neck|neck-stiffness",
        "fever, headache and a stiff neck|headache",
        "calf swollen and red after a 12-hour flight|calf-swelling",
        "calf swollen and red after a 12-hour flight|long-travel",
        "leg in a cast with worsening pain and tingling toes|cast-or-splint",
        "leg in a cast with worsening pain and tingling toes|tingling",
        "crushed my forearm at work, the pain is out of all proportion|crush-injury",
        "crushed my forearm at work, the pain is out of all proportion|pain-out-of-proportion",
        "my knee is hot and swollen|hot-swollen-joint",
        "buttocks hurt when sitting|buttock",
        "buttocks hurt when sitting|sitting",
        "pain in my jaw when I chew and my scalp is tender|jaw-pain-on-chewing",
        "pain in my jaw when I chew and my scalp is tender|scalp-tenderness",
        "my back hurts|lower-back",
        "my lower back is killing me and I cannot feel my bum|saddle-numbness",
    })
    void layWordingIsUnderstood(String text, String id) {
        assertThat(affirmed(text)).contains(id);
    }

    @Test
    void aSideWordGoesToTheNextRegion() {
        Reading reading = TEXT.interpret("pain in my left calf and right heel");
        assertThat(reading.affirmed()).extracting(f -> f.concept().id() + "/" + f.side()).containsExactly("calf/left", "heel/right");
    }

    @Test
    void anAgeIsReadFromTheText() {
        assertThat(TEXT.interpret("I am 81 years old and had a fall").age()).isEqualTo(81);
        assertThat(TEXT.interpret("aged 63, on steroids for years").age()).isEqualTo(63);
        assertThat(TEXT.interpret("I am 68 and my scalp is tender").age()).isEqualTo(68);
        assertThat(TEXT.interpret("after a 12-hour flight").age()).isNull();
        assertThat(TEXT.interpret("I am 5 months pregnant").age()).isNull();
    }

    @Test
    void wordsItCannotPlaceAreReturned() {
        Reading reading = TEXT.interpret("a zinging feeling in my knee");
        assertThat(ids(reading.affirmed())).containsExactly("knee");
        assertThat(reading.unplaced()).containsExactly("zinging");
    }

    @Test
    void otherLanguagesAreUnplacedNotMisread() {
        Reading reading = TEXT.interpret("me duele la espalda");
        assertThat(reading.affirmed()).isEmpty();
        assertThat(reading.unplaced()).isNotEmpty();
    }
}
