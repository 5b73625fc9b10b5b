package org.myomap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.myomap.support.Contract.api;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.myomap.catalogue.http.ContentCoding;
import org.myomap.support.Contract;

/**
 * Each catalogue answer exists as identity, gzip and brotli representations of one catalogue version: each has its own
 * strong ETag, caches are told the answer varies by Accept-Encoding, and If-None-Match is compared weakly
 * against every representation of the version.
 */
@QuarkusTest
class CatalogueRepresentationsTest {

    @Inject
    CatalogueService catalogue;

    /** rest-assured neither asks for nor decodes a coding: the test sees the bytes on the wire. */
    private static final RestAssuredConfig RAW = RestAssured.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    /** The published bodies' brotli is made in the background once asked for; these tests are about every coding. */
    @BeforeEach
    void publishedCodingsAreMade() {
        var bodies = catalogue.current().bodies();
        CompletableFuture.allOf(bodies.document().settled(), bodies.regions().settled(), bodies.complaints().settled()).join();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/catalogue", "/api/v1/regions", "/api/v1/regions/sacroiliac-joint",
            "/api/v1/muscles?q=calf", "/api/v1/muscles/soleus", "/api/v1/complaints", "/api/v1/complaints/heel-pain",
            "/api/v1/protocols?muscle=soleus", "/api/v1/protocols/soleus-self-care"})
    void theGzipBodyDecompressesToExactlyTheIdentityBody(String path) throws IOException {
        assertDecodesToTheIdentityBody(path, "gzip", CatalogueRepresentationsTest::gunzip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/catalogue", "/api/v1/regions", "/api/v1/muscles?q=calf",
            "/api/v1/muscles/soleus", "/api/v1/protocols?muscle=soleus"})
    void theBrotliBodyDecompressesToExactlyTheIdentityBody(String path) throws IOException {
        assertDecodesToTheIdentityBody(path, "br", br -> Decoder.decompress(br).getDecompressedData());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/catalogue", "/api/v1/regions/sacroiliac-joint", "/api/v1/muscles?q=calf",
            "/api/v1/muscles/soleus", "/api/v1/protocols?muscle=soleus"})
    void eachCodingHasItsOwnStrongEntityTagAndCachesAreToldTheAnswerVaries(String path) {
        String version = identity().get(path).then().statusCode(200)
                .header("Vary", containsString("Accept-Encoding"))
                .header("Content-Encoding", nullValue())
                .extract().header(CatalogueResource.VERSION_HEADER);

        identity().get(path).then().header("ETag", equalTo("\"" + version + "\""));
        gzip().get(path).then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Vary", containsString("Accept-Encoding"))
                .header("ETag", equalTo("\"" + version + "-gzip\""));
        raw("br").get(path).then().statusCode(200)
                .header("Content-Encoding", "br")
                .header("Vary", containsString("Accept-Encoding"))
                .header("ETag", equalTo("\"" + version + "-br\""));
    }

    @Test
    void aBrowserAskingForGzipDeflateAndBrotliGetsBrotli() {
        raw("gzip, deflate, br").get("/api/v1/catalogue").then().statusCode(200).header("Content-Encoding", "br");
    }

    @Test
    void theGzipCatalogueOnTheWireIsTheCopyCompressedAtPublication() {
        byte[] kept = catalogue.current().bodies().document().in(ContentCoding.GZIP);

        Response served = raw("gzip").get("/api/v1/catalogue");

        assertThat(served.asByteArray()).isEqualTo(kept);
        assertThat(served.header("Content-Length")).isEqualTo(String.valueOf(kept.length));
    }

    @Test
    void aWeakIfNoneMatchOfTheCurrentVersionGets304() {
        String tag = identity().get("/api/v1/catalogue").then().extract().header("ETag");

        identity().header("If-None-Match", "W/" + tag).get("/api/v1/catalogue").then().statusCode(304)
                .header("ETag", equalTo(tag))
                .header("Vary", containsString("Accept-Encoding"));
    }

    @Test
    void anIfNoneMatchListGets304WhenAnyOfItsTagsMatches() {
        String tag = gzip().get("/api/v1/catalogue").then().extract().header("ETag");

        gzip().header("If-None-Match", "\"0000000000000000\", W/" + tag + ", \"ffff\"").get("/api/v1/catalogue")
                .then().statusCode(304)
                .header("ETag", equalTo(tag));
    }

    @Test
    void ifNoneMatchStarGets304WithTheTagOfTheRepresentationItStandsFor() {
        String tag = gzip().get("/api/v1/muscles/soleus").then().extract().header("ETag");

        gzip().header("If-None-Match", "*").get("/api/v1/muscles/soleus").then().statusCode(304)
                .header("ETag", equalTo(tag));
    }

    @Test
    void aClientHoldingTheIdentityCopyIsToldItIsStillFreshWhenItNowAcceptsGzip() {
        String identityTag = identity().get("/api/v1/catalogue").then().extract().header("ETag");

        gzip().header("If-None-Match", identityTag).get("/api/v1/catalogue").then().statusCode(304)
                .header("ETag", equalTo(identityTag));
    }

    @Test
    void aListOfStaleTagsGetsTheWholeCatalogue() {
        gzip().header("If-None-Match", "\"0000000000000000\", W/\"0000000000000000-gzip\"").get("/api/v1/catalogue")
                .then().statusCode(200)
                .body("version", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anUnknownMuscleIs404WhateverIfNoneMatchSays() {
        api().header("If-None-Match", "*").get("/api/v1/muscles/no-such-muscle").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aClientAcceptingOnlyDeflateGetsTheIdentityBodyUnderTheIdentityTag() {
        String identityTag = identity().get("/api/v1/muscles/soleus").then().extract().header("ETag");

        Response deflate = raw("deflate").get("/api/v1/muscles/soleus");

        deflate.then().statusCode(200).header("Content-Encoding", nullValue()).header("ETag", equalTo(identityTag));
        assertThat(deflate.asString()).startsWith("{\"id\":\"soleus\"");
    }

    @Test
    void answersOutsideTheCatalogueAreStillCompressedByTheHttpLayer() {
        gzip().contentType("application/json").body("{\"text\": \"pain in my tailbone when I sit\"}")
                .post("/api/v1/lookup").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    private static RequestSpecification identity() {
        return api().config(RAW).header("Accept-Encoding", "identity");
    }

    private static RequestSpecification gzip() {
        return api().header("Accept-Encoding", "gzip");
    }

    /** Not checked by the contract filter, which cannot read a compressed body. */
    private static RequestSpecification raw(String acceptEncoding) {
        return RestAssured.given().config(RAW).header("Accept-Encoding", acceptEncoding);
    }

    private interface Decompressor {
        byte[] decompress(byte[] body) throws IOException;
    }

    private static void assertDecodesToTheIdentityBody(String path, String coding, Decompressor decompressor)
            throws IOException {
        byte[] identity = identity().get(path).then().statusCode(200).extract().asByteArray();
        Response encoded = raw(coding).get(path);
        encoded.then().statusCode(200).header("Content-Encoding", coding);

        byte[] decompressed = decompressor.decompress(encoded.asByteArray());
        assertThat(decompressed).isEqualTo(identity);
        assertMatchesContract(path, encoded, decompressed);
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    /** The contract filter cannot read a gzip body; the decompressed body and the headers are checked here. */
    private static void assertMatchesContract(String pathAndQuery, Response response, byte[] body) {
        URI uri = URI.create(pathAndQuery);
        var request = SimpleRequest.Builder.get(uri.getPath());
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(kv[0], kv[1]);
            }
        }
        var answer = SimpleResponse.Builder.status(response.statusCode())
                .withContentType(response.contentType())
                .withBody(new String(body, StandardCharsets.UTF_8));
        response.headers().forEach(h -> answer.withHeader(h.getName(), h.getValue()));
        assertThat(Contract.VALIDATOR.validate(request.build(), answer.build()).getMessages()).isEmpty();
    }
}
