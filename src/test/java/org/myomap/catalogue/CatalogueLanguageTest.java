package org.myomap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.myomap.support.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Accept-Language picks the language of the catalogue's answers (RFC 9110 §12.5.4): Spanish for {@code es} with
 * any region, English otherwise; the answer names its language, says it varies by it, and carries an entity tag
 * per language, so no cache answers one language with the other.
 */
@QuarkusTest
class CatalogueLanguageTest {

    private static final String SOLEUS_SELF_CARE = "/api/v1/protocols/soleus-self-care";

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/catalogue", "/api/v1/regions", "/api/v1/regions/lower-back", "/api/v1/muscles?q=so",
            "/api/v1/muscles/soleus", "/api/v1/complaints", "/api/v1/complaints/heel-pain", "/api/v1/protocols?muscle=soleus",
            SOLEUS_SELF_CARE, "/api/v1/body-map"})
    void aSpanishSpeakerGetsSpanishNamedAndVaryingByLanguage(String path) {
        String english = api().get(path).then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .extract().header("ETag");

        api().header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5").get(path).then().statusCode(200)
                .header("Content-Language", "es")
                .header("Vary", containsString("Accept-Language"))
                .header("Vary", containsString("Accept-Encoding"))
                .header("ETag", not(equalTo(english)));
    }

    @Test
    void aPatientProtocolIsInSpanishWithEveryWarningOfTheEnglish() {
        JsonPath english = api().get(SOLEUS_SELF_CARE).then().statusCode(200).extract().jsonPath();
        JsonPath spanish = api().header("Accept-Language", "es").get(SOLEUS_SELF_CARE).then().statusCode(200)
                .body("untranslated", nullValue()).extract().jsonPath();

        assertThat(spanish.getString("title")).isNotEqualTo(english.getString("title"));
        assertThat(spanish.getList("stopAndSeePhysicianIf")).hasSameSizeAs(english.getList("stopAndSeePhysicianIf"))
                .doesNotContainAnyElementsOf(english.getList("stopAndSeePhysicianIf"));
        assertThat(spanish.getList("steps.holdSeconds")).isEqualTo(english.getList("steps.holdSeconds"));
        assertThat(spanish.getList("muscles")).isEqualTo(english.getList("muscles"));
    }

    @Test
    void aClinicianProtocolStaysEnglishAndTheSpanishAnswerSaysSo() {
        String clinician = api().get("/api/v1/protocols?audience=clinician&muscle=soleus").then().statusCode(200)
                .extract().jsonPath().getString("items[0].id");

        api().header("Accept-Language", "es").get("/api/v1/protocols/" + clinician).then().statusCode(200)
                .header("Content-Language", "es")
                .body("untranslated", equalTo(List.of("protocol:" + clinician)));
        api().header("Accept-Language", "es").get("/api/v1/muscles/soleus").then().statusCode(200)
                .body("untranslated", hasItem("protocol:" + clinician))
                .body("untranslated", not(hasItem("muscle:soleus")));
    }

    @Test
    void regionNamesAndTheirLaySynonymsAreSpanish() {
        JsonPath spanish = api().header("Accept-Language", "es").get("/api/v1/regions/lower-back").then().statusCode(200)
                .extract().jsonPath();
        JsonPath english = api().get("/api/v1/regions/lower-back").then().extract().jsonPath();

        assertThat(spanish.getString("name")).isNotEqualTo(english.getString("name"));
        // some words are both languages' ("lumbar"), so the lists differ without being disjoint
        assertThat(spanish.getList("synonyms")).isNotEmpty().isNotEqualTo(english.getList("synonyms"));
        assertThat(spanish.getList("ancestors")).isEqualTo(english.getList("ancestors"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "de, fr;q=0.8", "es;q=0, en;q=0.1", "*", "not a language tag;;"})
    void anyOtherPreferenceIsAnsweredInEnglish(String acceptLanguage) {
        api().header("Accept-Language", acceptLanguage).get("/api/v1/muscles/soleus").then().statusCode(200)
                .header("Content-Language", "en")
                .body("name", equalTo("Soleus"))
                .body("untranslated", nullValue());
    }

    @Test
    void theSpanishTagOfTheVersionGets304OnlyInSpanish() {
        String spanishTag = api().header("Accept-Language", "es").get("/api/v1/muscles/soleus").then().statusCode(200)
                .extract().header("ETag");

        api().header("Accept-Language", "es").header("If-None-Match", spanishTag).get("/api/v1/muscles/soleus")
                .then().statusCode(304).header("ETag", equalTo(spanishTag)).header("Content-Language", "es");
        api().header("If-None-Match", spanishTag).get("/api/v1/muscles/soleus").then().statusCode(200)
                .header("Content-Language", "en");
    }

    @Test
    void theChangeFeedIsEnglishWhateverIsPreferred() {
        String version = api().get("/api/v1/regions").then().extract().header(CatalogueResource.VERSION_HEADER);

        api().header("Accept-Language", "es").get("/api/v1/catalogue/changes?since=" + version).then().statusCode(200)
                .header("Content-Language", "en");
    }

    @Test
    void aProblemTitleIsInTheLanguageAsked() {
        api().header("Accept-Language", "es").get("/api/v1/muscles/no-such-muscle").then().statusCode(404)
                .header("Content-Language", "es")
                .body("title", equalTo("Recurso no encontrado"));
        api().get("/api/v1/muscles/no-such-muscle").then().statusCode(404)
                .header("Content-Language", "en")
                .body("title", equalTo("Resource not found"));
    }

    @Test
    void aSpanishSearchFindsAMuscleByItsSpanishNameTypedWithoutAccents() {
        api().header("Accept-Language", "es").get("/api/v1/muscles?q=interoseos del pie (dorsales").then().statusCode(200)
                .header("Content-Language", "es")
                .body("items.id", hasItem("interossei-foot"));
    }
}
