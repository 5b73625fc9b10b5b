package org.myomap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which requests the catalogue route may answer itself (the rest go on to the resource), and under which template. */
class CatalogueRouteRulesTest {

    @ParameterizedTest
    @CsvSource({
        "/api/v1/catalogue, /api/v1/catalogue",
        "/api/v1/regions, /api/v1/regions",
        "/api/v1/complaints, /api/v1/complaints",
        "/api/v1/regions/sacroiliac-joint, /api/v1/regions/{id}",
        "/api/v1/muscles/soleus, /api/v1/muscles/{id}",
        "/api/v1/complaints/heel-pain, /api/v1/complaints/{id}",
        "/api/v1/protocols/soleus-self-care, /api/v1/protocols/{id}"})
    void aPathThatIsExactlyOneOfTheResourcesIsTargetedUnderItsTemplate(String path, String template) {
        assertThat(CatalogueRoute.target(path).template()).isEqualTo(template);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/muscles", "/api/v1/protocols", "/api/v1/catalogue/changes", "/api/v1/catalogue/",
        "/api/v1/muscles/", "/api/v1/muscles/soleus/", "/api/v1/muscles/soleus/x", "/api/v1//catalogue",
        "/api/v1/lookup", "/api/v1/sessions/5f0c", "/api/v1/body-map", "/api/v2/catalogue", "/q/health", ""})
    void everyOtherPathGoesOnToTheResource(String path) {
        assertThat(CatalogueRoute.target(path)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "*/*", "application/*", "APPLICATION/JSON", "application/json;q=0.5",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/xml, application/json"})
    void anAcceptHeaderThatPlainlyTakesJsonIsAnsweredOnTheRoute(String accept) {
        assertThat(CatalogueRoute.acceptsJson(accept)).isTrue();
    }

    @Test
    void noAcceptHeaderTakesAnything() {
        assertThat(CatalogueRoute.acceptsJson(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "text/html", "application/json;q=0", "*/*;q=0.000",
        "application/json;charset=utf-8", "application/json;q=0, */*", "", "image/svg+xml;q=1"})
    void anyOtherAcceptHeaderIsLeftToTheResourceNegotiation(String accept) {
        assertThat(CatalogueRoute.acceptsJson(accept)).isFalse();
    }
}
