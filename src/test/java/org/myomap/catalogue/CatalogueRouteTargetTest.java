package org.myomap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which raw paths the catalogue route may answer itself, and under which of the resource's templates. */
class CatalogueRouteTargetTest {

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
}
