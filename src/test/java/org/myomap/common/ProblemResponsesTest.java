package org.myomap.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Paths and methods the contract does not have: the contract validator cannot check these, the body can. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void anUnknownPathIs404ProblemJson() {
        RestAssured.get("/api/v1/does-not-exist").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://myomap.org/problems/not-found"))
                .body("status", equalTo(404))
                .body("detail", containsString("/api/v1/does-not-exist"));
    }

    @Test
    void aWrongMethodIs405ProblemJson() {
        RestAssured.given().contentType("application/json").body("{}").delete("/api/v1/catalogue").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://myomap.org/problems/method-not-allowed"))
                .body("detail", containsString("not allowed on /api/v1/catalogue"));
    }

    @Test
    void anUnacceptableMediaTypeIs406ProblemJson() {
        RestAssured.given().accept("application/xml").get("/api/v1/catalogue").then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("https://myomap.org/problems/not-acceptable"));
    }
}
