package org.myomap.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.myomap.support.Contract.api;
import static org.myomap.support.Contract.invalidRequest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LookupApiTest {

    private static final String SIDE_OF_LEG = """
            {"painAreas": [{"region": "lower-buttock", "side": "right"}, {"region": "outer-thigh", "side": "right"},
                           {"region": "outer-leg", "side": "right"}, {"region": "outer-ankle", "side": "right"}]}""";

    @Test
    void lookupRanksGluteusMinimusHighForPainDownTheSideOfTheLeg() {
        api().contentType("application/json").body(SIDE_OF_LEG).post("/api/v1/lookup").then().statusCode(200)
                .body("safety.urgency", equalTo("none"))
                .body("candidates[0..2].muscle", hasItem("gluteus-minimus"))
                .body("candidates.find { it.muscle == 'gluteus-minimus' }.protocols.audience", hasItem("patient"))
                .body("disclaimer", containsString("not a diagnosis"));
    }

    @Test
    void anEmergencyFlagComesBeforeAnyMuscleInTheDocument() {
        String body = api().contentType("application/json")
                .body("{\"painAreas\": [{\"region\": \"lower-back\", \"side\": \"midline\"}], \"symptoms\": [\"saddle-numbness\"]}")
                .post("/api/v1/lookup").then().statusCode(200)
                .body("safety.urgency", equalTo("emergency"))
                .body("redFlags[0].code", equalTo("cauda-equina"))
                .extract().asString();
        assertThat(body.indexOf("\"safety\"")).isLessThan(body.indexOf("\"candidates\""));
        assertThat(body.indexOf("\"redFlags\"")).isLessThan(body.indexOf("\"candidates\""));
    }

    @Test
    void spanishTextIsAnsweredInSpanishWithItsLanguageNamed() {
        api().contentType("application/json").header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")
                .body("{\"text\": \"no puedo orinar y tengo la entrepierna dormida\"}")
                .post("/api/v1/lookup").then().statusCode(200)
                .header("Content-Language", "es")
                .header("Vary", containsString("Accept-Language"))
                .body("safety.urgency", equalTo("emergency"))
                .body("safety.message", containsString("Vaya a un servicio de urgencias ahora mismo"))
                .body("redFlags[0].code", equalTo("cauda-equina"))
                .body("interpretation.textLanguage", equalTo("es"))
                .body("disclaimer", containsString("no es un diagnóstico"));
    }

    @Test
    void spanishTextUnderAnEnglishAnswerIsStillReadInSpanish() {
        api().contentType("application/json").header("Content-Language", "es")
                .body("{\"text\": \"dolor de espalda, sin fiebre, no tengo hormigueo\"}")
                .post("/api/v1/lookup").then().statusCode(200)
                .header("Content-Language", "en")
                .body("safety.urgency", equalTo("none"))
                .body("interpretation.negatedInText.id", hasItems("fever", "tingling"))
                .body("interpretation.textLanguage", equalTo("es"));
    }

    @Test
    void freeTextIsInterpretedAndTheInterpretationReturned() {
        api().contentType("application/json").body("{\"text\": \"pain in my tailbone when I sit\"}")
                .post("/api/v1/lookup").then().statusCode(200)
                .body("interpretation.understoodFromText.id", hasItem("coccyx"))
                .body("interpretation.activities", hasItem("sitting"))
                .body("interpretation.textUnderstood", equalTo(true));
    }

    @Test
    void negatedFindingsRaiseNoFlagAndComeBackAsNegated() {
        api().contentType("application/json").body("{\"text\": \"low back pain, no numbness, no fever, no bladder problems\"}")
                .post("/api/v1/lookup").then().statusCode(200)
                .body("safety.urgency", equalTo("none"))
                .body("redFlags", org.hamcrest.Matchers.empty())
                .body("interpretation.negatedInText.id", hasItems("numbness", "fever", "bladder-change"))
                .body("interpretation.symptoms", org.hamcrest.Matchers.empty());
    }

    @Test
    void wordsTheLookupCannotPlaceAreReturnedForAFollowUpQuestion() {
        api().contentType("application/json").body("{\"text\": \"a zinging feeling in my knee\"}")
                .post("/api/v1/lookup").then().statusCode(200)
                .body("interpretation.understoodFromText.id", hasItem("knee"))
                .body("interpretation.unplacedWords", hasItem("zinging"));
    }

    @Test
    void aCrushedForearmWithPainOutOfProportionIsAnEmergencyFirst() {
        String body = api().contentType("application/json")
                .body("{\"text\": \"crushed my forearm at work yesterday, the pain is out of all proportion\"}")
                .post("/api/v1/lookup").then().statusCode(200)
                .body("safety.urgency", equalTo("emergency"))
                .body("redFlags[0].code", equalTo("compartment-syndrome"))
                .body("redFlags[0].source", containsString("BOA"))
                .extract().asString();
        assertThat(body.indexOf("\"redFlags\"")).isLessThan(body.indexOf("\"candidates\""));
    }

    @Test
    void eachCandidateSaysWhichFactorsPlacedIt() {
        api().contentType("application/json").body("{\"painAreas\": [{\"region\": \"lower-back\", \"side\": \"midline\"}]}")
                .post("/api/v1/lookup").then().statusCode(200)
                .body("candidates[0].muscle", equalTo("quadratus-lumborum"))
                .body("candidates[0].factors.areasExplained", equalTo(1))
                .body("candidates[0].factors.areasAsked", equalTo(1))
                .body("candidates[0].factors.likelihood.region", equalTo("lower-back"))
                .body("candidates[0].factors.likelihood.rank", equalTo(1))
                .body("candidates[0].factors.likelihood.source", containsString("travell-simons-vol2"));
    }

    @Test
    void anAgeAndOnsetStatedInTheTextAreUsedForScreening() {
        api().contentType("application/json").body("{\"text\": \"I am 81 years old and had a fall, now my hip hurts\"}")
                .post("/api/v1/lookup").then().statusCode(200)
                .body("interpretation.ageFromText", equalTo(81))
                .body("redFlags.code", hasItem("possible-fracture"))
                .body("safety.urgency", equalTo("urgent"));
    }

    @Test
    void anUnknownRegionIs400NamingTheField() {
        invalidRequest().contentType("application/json")
                .body("{\"painAreas\": [{\"region\": \"sacroiliac-joint\"}, {\"region\": \"elbow-of-the-knee\"}]}")
                .post("/api/v1/lookup").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("painAreas[1].region"))
                .body("detail", containsString("elbow-of-the-knee"));
    }

    @Test
    void anUnknownActivityIs400NamingTheField() {
        invalidRequest().contentType("application/json")
                .body("{\"painAreas\": [{\"region\": \"calf\"}], \"aggravatedBy\": [\"walking\", \"juggling\"]}")
                .post("/api/v1/lookup").then().statusCode(400)
                .body("invalidParams.name", hasItem("aggravatedBy[1]"));
    }

    @Test
    void noPainAreasAndNoTextIs400() {
        invalidRequest().contentType("application/json").body("{\"painAreas\": []}")
                .post("/api/v1/lookup").then().statusCode(400)
                .body("invalidParams.name", hasItem("painAreas"));
    }

    @Test
    void aNullPainAreaIs400NamingIt() {
        invalidRequest().contentType("application/json").body("{\"painAreas\": [null]}")
                .post("/api/v1/lookup").then().statusCode(400)
                .body("invalidParams.name", hasItem("painAreas[0]"));
    }

    @Test
    void anImpossibleAgeIs400NamingAge() {
        invalidRequest().contentType("application/json").body("{\"painAreas\": [{\"region\": \"calf\"}], \"age\": 300}")
                .post("/api/v1/lookup").then().statusCode(400)
                .body("type", equalTo("https://myomap.org/problems/validation-failed"))
                .body("invalidParams.name", hasItem("age"));
    }

    @Test
    void malformedJsonIs400ProblemJson() {
        invalidRequest().contentType("application/json").body("{\"painAreas\": [")
                .post("/api/v1/lookup").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://myomap.org/problems/malformed-body"));
    }

    @Test
    void aFieldOfTheWrongTypeIs400NamingTheField() {
        invalidRequest().contentType("application/json").body("{\"painAreas\": [{\"region\": \"calf\"}], \"age\": \"old\"}")
                .post("/api/v1/lookup").then().statusCode(400)
                .body("type", equalTo("https://myomap.org/problems/invalid-body"))
                .body("invalidParams.name", hasItem("age"));
    }

    @Test
    void anUnknownFieldIs400NamingTheField() {
        invalidRequest().contentType("application/json").body("{\"painAreas\": [{\"region\": \"calf\"}], \"mood\": \"grumpy\"}")
                .post("/api/v1/lookup").then().statusCode(400)
                .body("invalidParams.name", hasItem("mood"));
    }

    @Test
    void aMissingBodyIs400() {
        invalidRequest().contentType("application/json").post("/api/v1/lookup").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void plainTextIs415ProblemJson() {
        invalidRequest().contentType("text/plain").body("my back hurts").post("/api/v1/lookup").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://myomap.org/problems/unsupported-media-type"));
    }
}
