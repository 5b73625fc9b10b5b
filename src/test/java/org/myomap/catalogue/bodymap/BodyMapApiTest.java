package org.myomap.catalogue.bodymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.myomap.support.Contract.api;
import static org.myomap.support.Contract.invalidRequest;

import com.aayushatharva.brotli4j.decoder.Decoder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import jakarta.inject.Inject;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.CatalogueService;
import org.myomap.common.i18n.Language;

/** The body map is served like the catalogue: a version per catalogue and drawing, three codings, 304s. */
@QuarkusTest
class BodyMapApiTest {

    private static final String MAP = "/api/v1/body-map";

    @Inject
    CatalogueService catalogues;
    private static final RestAssuredConfig RAW = RestAssured.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Inject
    BodyMapService bodyMap;

    /** The map's brotli is made in the background once asked for; these tests are about every coding. */
    @BeforeEach
    void everyCodingIsMade() {
        bodyMap.current(Language.DEFAULT).svg().settled().join();
    }

    @Test
    void theMapIsAnSvgNamingTheCatalogueVersionItWasDrawnFrom() {
        Response map = api().config(RAW).header("Accept-Encoding", "identity").get(MAP);

        map.then().statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .header("Cache-Control", containsString("max-age="))
                .header("Vary", containsString("Accept-Encoding"));
        String version = map.header("Catalogue-Version");
        // the catalogue version, then the hashes of the shapes and of the words
        assertThat(map.header("ETag")).matches("\"" + version + "-[0-9a-f]{16}\"");
        assertThat(map.asString())
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1600 1000\"")
                .contains("data-catalogue-version=\"" + version + "\"")
                .contains("<polygon data-region=\"calf\" data-side=\"left\"")
                .contains("<polygon data-region=\"calf\" data-side=\"right\"");
    }

    @Test
    void aWeakIfNoneMatchOfTheCurrentMapGets304() {
        String tag = api().header("Accept-Encoding", "identity").get(MAP).then().extract().header("ETag");

        api().header("Accept-Encoding", "identity").header("If-None-Match", "W/" + tag).get(MAP)
                .then().statusCode(304).header("ETag", equalTo(tag));
    }

    @Test
    void aTagOfAnotherVersionGetsTheWholeMap() {
        api().header("If-None-Match", "\"0000000000000000-00000000\"").get(MAP).then().statusCode(200);
    }

    @Test
    void gzipAndBrotliAreTheIdentityBodyCompressedEachUnderItsOwnTag() throws IOException {
        Response identity = RestAssured.given().config(RAW).header("Accept-Encoding", "identity").get(MAP);
        Response gzip = RestAssured.given().config(RAW).header("Accept-Encoding", "gzip").get(MAP);
        Response br = RestAssured.given().config(RAW).header("Accept-Encoding", "br").get(MAP);

        String tag = identity.header("ETag");
        gzip.then().statusCode(200).header("Content-Encoding", "gzip")
                .header("ETag", equalTo(tag.substring(0, tag.length() - 1) + "-gzip\""));
        br.then().statusCode(200).header("Content-Encoding", "br")
                .header("ETag", equalTo(tag.substring(0, tag.length() - 1) + "-br\""));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip.asByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(identity.asByteArray());
        }
        assertThat(Decoder.decompress(br.asByteArray()).getDecompressedData()).isEqualTo(identity.asByteArray());
        assertThat(br.asByteArray().length).isLessThan(identity.asByteArray().length / 4);
    }

    @Test
    void aClientThatAcceptsOnlyJsonIsTold406() {
        invalidRequest().header("Accept", "application/json").get(MAP).then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void everyTriggerPointOfAMuscleCarriesItsPositionsOnTheMap() {
        api().get("/api/v1/muscles/soleus").then().statusCode(200)
                .body("triggerPoints.find { it.id == 'soleus-tp1' }.positions.side", hasItems("left", "right"))
                .body("triggerPoints.find { it.id == 'soleus-tp1' }.positions.region", hasItems("calf"))
                .body("triggerPoints.find { it.id == 'soleus-tp1' }.positions.view", hasItems("back"));
    }

    @Test
    void inSpanishTheMapNamesItsViewsRegionsAndSidesInSpanish() {
        String calf = catalogues.catalogue(Language.SPANISH).region("calf").orElseThrow().name();

        String svg = api().header("Accept-Language", "es-AR").get(MAP).then().statusCode(200)
                .header("Content-Language", "es").extract().asString();

        assertThat(calf).isNotEqualTo("Calf");
        assertThat(svg).contains("<title id=\"body-map-title\">Mapa del cuerpo")
                .contains("aria-label=\"De espaldas\"")
                .contains("<title>" + calf + ", lado derecho</title>")
                .doesNotContain("<title>Calf");
    }
}
