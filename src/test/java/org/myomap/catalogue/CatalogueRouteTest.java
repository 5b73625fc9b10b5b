package org.myomap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.myomap.support.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.common.i18n.Language;

/**
 * The catalogue route answers an item's GET once a request has made its body; the resource answers the first one
 * and everything the route does not serve. The two must not differ by a header or a byte.
 */
@QuarkusTest
class CatalogueRouteTest {

    @Inject
    CatalogueService catalogue;

    /** A request to repeat: its headers, where {v} stands for the catalogue version. */
    static Stream<Arguments> requests() {
        List<Map<String, String>> headerSets = List.of(
                Map.of(),
                Map.of("Accept-Encoding", "gzip"),
                Map.of("Accept-Encoding", "gzip, deflate, br"),
                Map.of("Accept-Encoding", "deflate"),
                Map.of("Accept-Encoding", "gzip", "Accept-Language", "es-ES, es;q=0.9"),
                Map.of("Accept-Encoding", "identity", "If-None-Match", "W/\"{v}\""),
                Map.of("Accept-Encoding", "gzip", "If-None-Match", "\"stale\", \"{v}-gzip\""),
                Map.of("Accept-Encoding", "gzip", "If-None-Match", "\"stale\""),
                Map.of("Accept-Encoding", "gzip", "Origin", "https://app.myomap.test"),
                Map.of("Origin", "https://app.myomap.test", "If-None-Match", "\"{v}\""),
                Map.of("Accept", "application/json", "Accept-Encoding", "br"),
                Map.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Accept-Encoding", "gzip"));
        return Stream.of("muscle", "region", "complaint", "protocol")
                .flatMap(kind -> headerSets.stream().map(headers -> Arguments.of(kind, headers)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("requests")
    void anItemAnsweredOnTheRouterCarriesTheHeadersAndBytesTheResourceGaveIt(String kind, Map<String, String> headers) {
        String id = anItemNotYetMade(kind);
        String path = "/api/v1/" + kind + "s/" + id;
        String version = catalogue.current().catalogue().version();
        Map<String, String> sent = new TreeMap<>();
        headers.forEach((name, value) -> sent.put(name, value.replace("{v}", version)));
        Language language = Language.negotiate(sent.get("Accept-Language"));

        Response byTheResource = get(path, sent);
        assertThat(catalogue.current().in(language).bodies().made(kind, id)).as("made by the first request").isNotNull();
        Response byTheRoute = get(path, sent);

        assertThat(byTheRoute.statusCode()).isEqualTo(byTheResource.statusCode()).isIn(200, 304);
        assertThat(headersOf(byTheRoute)).isEqualTo(headersOf(byTheResource));
        assertThat(byTheRoute.asByteArray()).isEqualTo(byTheResource.asByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/regions?region=x", "/api/v1/catalogue?since=1", "/api/v1/muscles/no-such-muscle",
        "/api/v1/muscles/soleus%00"})
    void whatTheRouteDoesNotServeIsRefusedByTheResourceWithAProblem(String path) {
        api().get("/api/v1/muscles/soleus").then().statusCode(200);

        RestAssured.given().urlEncodingEnabled(false).get(path).then()
                .statusCode(either(is(400)).or(is(404)))
                .contentType("application/problem+json");
    }

    @Test
    void aMadeItemAskedForInAnotherMediaTypeIs406FromTheResource() {
        api().get("/api/v1/muscles/soleus").then().statusCode(200);

        RestAssured.given().accept("application/xml").get("/api/v1/muscles/soleus").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void aPercentEncodedIdIsAnsweredByTheResourceAsTheIdItDecodesTo() {
        api().get("/api/v1/muscles/soleus").then().statusCode(200);

        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/muscles/sol%65us").then().statusCode(200)
                .body("id", equalTo("soleus"));
    }

    private String anItemNotYetMade(String kind) {
        var snapshot = catalogue.current();
        var content = snapshot.catalogue().content();
        Stream<String> ids = switch (kind) {
            case "muscle" -> content.muscles().stream().map(ContentFile.Muscle::id);
            case "region" -> content.regions().stream().map(ContentFile.Region::id);
            case "complaint" -> content.complaints().stream().map(ContentFile.Complaint::id);
            case "protocol" -> content.protocols().stream().map(ContentFile.Protocol::id);
            default -> throw new IllegalArgumentException(kind);
        };
        // made in no language yet: whichever language the request asks for, it is the first
        return ids.filter(id -> Stream.of(Language.values()).allMatch(language -> snapshot.in(language).bodies().made(kind, id) == null))
                .findFirst().orElseThrow(() -> new IllegalStateException("every " + kind + " has been asked for"));
    }

    private static Response get(String path, Map<String, String> headers) {
        var request = RestAssured.given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
        headers.forEach(request::header);
        return request.get(path);
    }

    /** Every header but the request's own id, by lower-case name. */
    private static Map<String, String> headersOf(Response response) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : response.headers()) {
            if (!header.getName().equalsIgnoreCase("X-Request-Id")) {
                headers.merge(header.getName().toLowerCase(Locale.ROOT), header.getValue(), (a, b) -> a + "|" + b);
            }
        }
        return headers;
    }
}
