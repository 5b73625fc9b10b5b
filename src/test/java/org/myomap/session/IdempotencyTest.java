package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.myomap.session.Sessions.body;
import static org.myomap.session.Sessions.clinician;
import static org.myomap.session.Sessions.newClinic;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Test
    void fiftyConcurrentPostsWithOneKeyCreateExactlyOneSession() throws Exception {
        String clinic = newClinic();
        String payload = body("P-3001");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> clinician(clinic).header("Idempotency-Key", "retry-3001").body(payload).post("/api/v1/sessions"));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : pool.invokeAll(calls)) {
            responses.add(f.get());
        }
        pool.shutdown();

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
        Set<String> ids = responses.stream().map(r -> r.<String>path("id")).collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
        assertThat(responses.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed")))).hasSize(49);
        clinician(clinic).queryParam("patient", "P-3001").get("/api/v1/sessions").then().body("items", hasSize(1));
        Sessions.integration(clinic).get("/api/v1/sessions/changes").then().body("items", hasSize(1));
    }

    @Test
    void aRetryGetsTheOriginalAnswerEvenAfterACorrection() {
        String clinic = newClinic();
        String id = clinician(clinic).header("Idempotency-Key", "k-3002").body(body("P-3002")).post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
        clinician(clinic).header("If-Match", "\"v1\"").body(body("P-3002", "2026-11-02", 6, 0)).put("/api/v1/sessions/" + id)
                .then().statusCode(200);
        clinician(clinic).header("Idempotency-Key", "k-3002").body(body("P-3002")).post("/api/v1/sessions")
                .then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(id))
                .body("version", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        String clinic = newClinic();
        clinician(clinic).header("Idempotency-Key", "k-3003").body(body("P-3003")).post("/api/v1/sessions").then().statusCode(201);
        clinician(clinic).header("Idempotency-Key", "k-3003").body(body("P-3004")).post("/api/v1/sessions").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://myomap.org/problems/idempotency-key-reused"));
        clinician(clinic).queryParam("patient", "P-3004").get("/api/v1/sessions").then().body("items", hasSize(0));
    }
}
