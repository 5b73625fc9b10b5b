package org.myomap.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.myomap.support.Contract.api;
import static org.myomap.support.Contract.invalidRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A browser app on an allowed origin can call the service and read every answer; other origins get nothing. */
@QuarkusTest
class CrossOriginTest {

    /** %test.myomap.cors.origins in application.properties; production has none (see CorsPolicyTest). */
    static final String ALLOWED = "https://app.myomap.test";
    static final String FOREIGN = "https://elsewhere.example";
    private static final String LOOKUP = "{\"painAreas\": [{\"region\": \"lower-back\", \"side\": \"midline\"}]}";

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() {
        RestAssured.given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key, x-request-id")
                .options("/api/v1/sessions").then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", equalTo("Authorization, Content-Type, Accept-Language, If-Match, "
                        + "If-None-Match, Idempotency-Key, X-Request-Id"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void anAnswerToAnAllowedOriginExposesTheHeadersAnAppNeeds() {
        api().header("Origin", ALLOWED).contentType("application/json").body(LOOKUP).post("/api/v1/lookup").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Expose-Headers", equalTo("ETag, Location, X-Request-Id, Catalogue-Version, Retry-After, "
                        + "WWW-Authenticate, Idempotent-Replayed"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void problemsToAnAllowedOriginAreReadableToo() {
        List<ValidatableResponse> problems = List.of(
                invalidRequest().header("Origin", ALLOWED).get("/api/v1/sessions").then().statusCode(401),
                invalidRequest().header("Origin", ALLOWED).get("/api/v1/nowhere").then().statusCode(404),
                invalidRequest().header("Origin", ALLOWED).get("/api/v1/" + "a".repeat(9000)).then().statusCode(414));
        problems.forEach(problem -> problem.header("Access-Control-Allow-Origin", equalTo(ALLOWED)));
    }

    @Test
    void aForeignOriginGetsNoCorsHeaders() {
        RestAssured.given().header("Origin", FOREIGN).header("Access-Control-Request-Method", "POST")
                .options("/api/v1/sessions").then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
        api().header("Origin", FOREIGN).contentType("application/json").body(LOOKUP).post("/api/v1/lookup").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue()).header("Access-Control-Expose-Headers", nullValue());
    }

    @Test
    void theCatalogueSaysItVariesByOriginAsWellAsEncoding() {
        var vary = RestAssured.given().header("Origin", ALLOWED).get("/api/v1/regions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED)).extract().headers().getValues("Vary");
        org.assertj.core.api.Assertions.assertThat(String.join(", ", vary)).contains("Origin").contains("Accept-Encoding");
    }
}
