package org.myomap.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.myomap.support.Contract.api;
import static org.myomap.support.Contract.invalidRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myomap.support.Metrics;
import org.myomap.support.Tokens;

/** Request ids, the access log and the metrics: what an operator sees, and that no patient reference is in it. */
@QuarkusTest
class ObservabilityTest {

    private static final String EMERGENCY_LOOKUP =
            "{\"painAreas\": [{\"region\": \"lower-back\", \"side\": \"midline\"}], \"symptoms\": [\"saddle-numbness\"]}";

    private final List<ExtLogRecord> accessLog = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord line = (ExtLogRecord) record;
            line.copyAll(); // the MDC as it is on the thread that logs, not on the test thread later
            accessLog.add(line);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureAccessLog() {
        Logger.getLogger("org.myomap.access").addHandler(capture);
    }

    @AfterEach
    void release() {
        Logger.getLogger("org.myomap.access").removeHandler(capture);
    }

    @Test
    void aWellFormedRequestIdIsEchoedAndQuotedInTheProblem() {
        api().header("X-Request-Id", "gw-4711.a_b").get("/api/v1/muscles/no-such-muscle").then().statusCode(404)
                .header("X-Request-Id", equalTo("gw-4711.a_b")).body("requestId", equalTo("gw-4711.a_b"));
    }

    @Test
    void aMalformedRequestIdIsReplacedByAGeneratedOne() {
        Response response = api().header("X-Request-Id", "x".repeat(65)).get("/api/v1/regions");
        response.then().statusCode(200);
        assertThat(UUID.fromString(response.header("X-Request-Id"))).isNotNull();
    }

    @Test
    void routerLevelProblemsAndUnauthorizedCarryTheRequestId() {
        for (Response response : List.of(
                invalidRequest().get("/api/v1/nowhere"),
                invalidRequest().get("/api/v1/sessions"),
                invalidRequest().get("/api/v1/" + "a".repeat(9000)))) {
            String id = response.header("X-Request-Id");
            assertThat(id).as("X-Request-Id on %d", response.statusCode()).isNotBlank();
            assertThat(response.jsonPath().getString("requestId")).isEqualTo(id);
        }
    }

    @Test
    void theAccessLogNamesTheRouteTemplateNeverThePatient() {
        String patient = "P-ACCESS-" + UUID.randomUUID();
        api().header("Authorization", "Bearer " + Tokens.token("therapist-1", "clinic-" + UUID.randomUUID(), "clinician"))
                .header("X-Request-Id", "access-log-1").get("/api/v1/patients/" + patient + "/progress").then().statusCode(404);

        invalidRequest().get("/api/v1/patients/" + patient + "/nothing-here").then().statusCode(404);
        api().get("/q/health/live").then().statusCode(200);
        awaitAccessLines(r -> "access-log-1".equals(r.getMdc("requestId")),
                r -> r.getFormattedMessage().startsWith("GET /q/health/live 200 "));

        ExtLogRecord line = accessLog.stream().filter(r -> "access-log-1".equals(r.getMdc("requestId")))
                .findFirst().orElseThrow();
        assertThat(line.getFormattedMessage()).matches("GET /api/v1/patients/\\{patientRef}/progress 404 \\d+\\.\\d ms");
        assertThat(accessLog).noneMatch(r -> r.getFormattedMessage().contains(patient))
                .anyMatch(r -> r.getFormattedMessage().startsWith("GET /q/health/live 200 "));
    }

    @Test
    void aCatalogueAnswerGivenOnTheRouterIsLoggedAndCountedUnderTheResourceTemplate() {
        api().get("/api/v1/muscles/soleus").then().statusCode(200); // its body is made: the route answers from now on
        api().header("X-Request-Id", "access-log-route").get("/api/v1/muscles/soleus").then().statusCode(200);

        awaitAccessLines(r -> "access-log-route".equals(r.getMdc("requestId")));
        ExtLogRecord line = accessLog.stream().filter(r -> "access-log-route".equals(r.getMdc("requestId")))
                .findFirst().orElseThrow();
        assertThat(line.getFormattedMessage()).matches("GET /api/v1/muscles/\\{id} 200 \\d+\\.\\d ms");
        assertThat(Metrics.scrape()).contains("uri=\"/api/v1/muscles/{id}\"").doesNotContain("/api/v1/muscles/soleus");
    }

    @Test
    void metricsLabelRequestsByRouteTemplateNeverByPatient() {
        String patient = "P-METRICS-" + UUID.randomUUID();
        String token = "Bearer " + Tokens.token("therapist-1", "clinic-" + UUID.randomUUID(), "clinician");
        api().header("Authorization", token).get("/api/v1/patients/" + patient + "/progress").then().statusCode(404);
        invalidRequest().get("/api/v1/patients/" + patient + "/progress").then().statusCode(401);
        invalidRequest().get("/api/v1/patients/" + patient + "/nothing-here").then().statusCode(404);
        invalidRequest().get("/api/v1/patients/" + patient + "/" + "a".repeat(9000)).then().statusCode(414);

        String metrics = Metrics.scrape();
        assertThat(metrics).contains("uri=\"/api/v1/patients/{patientRef}/progress\"").contains("uri=\"/{unmatched}\"")
                .doesNotContain(patient);
    }

    @Test
    void lookupsAreCountedByUrgency() {
        String series = "myomap_lookups_total{urgency=\"emergency\"}";
        double before = Metrics.value(series);
        api().contentType("application/json").body(EMERGENCY_LOOKUP).post("/api/v1/lookup").then().statusCode(200)
                .body("safety.urgency", equalTo("emergency"));
        assertThat(Metrics.value(series)).isEqualTo(before + 1);
    }

    @Test
    void thePublishedCatalogueVersionIsAGauge() {
        String version = api().get("/api/v1/catalogue").then().statusCode(200).extract().header("Catalogue-Version");
        assertThat(Metrics.value("myomap_catalogue_published{version=\"" + version + "\"}")).isEqualTo(1);
    }

    /** An access line is written once the answer is sent, so the client can read the answer a moment before it. */
    @SafeVarargs
    private void awaitAccessLines(Predicate<ExtLogRecord>... expected) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!Stream.of(expected).allMatch(line -> accessLog.stream().anyMatch(line)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
