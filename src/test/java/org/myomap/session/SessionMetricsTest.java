package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.myomap.support.Metrics;

/** Session writes and idempotent replays are counted, without any label that names a clinic or patient. */
@QuarkusTest
class SessionMetricsTest {

    private static final String CREATED = "myomap_sessions_written_total{operation=\"created\"}";
    private static final String CORRECTED = "myomap_sessions_written_total{operation=\"corrected\"}";
    private static final String REPLAYS = "myomap_idempotent_replays_total";

    @Test
    void aRetriedCreationIsAReplayNotASecondWrite() {
        String clinic = Sessions.newClinic();
        String key = "metrics-" + UUID.randomUUID();
        double created = Metrics.value(CREATED);
        double replays = Metrics.value(REPLAYS);

        Sessions.clinician(clinic).header("Idempotency-Key", key).body(Sessions.body("P-MET-1")).post("/api/v1/sessions").then().statusCode(201);
        Sessions.clinician(clinic).header("Idempotency-Key", key).body(Sessions.body("P-MET-1")).post("/api/v1/sessions").then().statusCode(201);

        assertThat(Metrics.value(CREATED)).isEqualTo(created + 1);
        assertThat(Metrics.value(REPLAYS)).isEqualTo(replays + 1);
        assertThat(Metrics.scrape()).doesNotContain(clinic).doesNotContain("P-MET-1");
    }

    @Test
    void aCorrectionIsCountedAsAWrite() {
        String clinic = Sessions.newClinic();
        String id = Sessions.record(clinic, Sessions.body("P-MET-2"));
        double corrected = Metrics.value(CORRECTED);
        Sessions.clinician(clinic).header("If-Match", "\"v1\"").body(Sessions.body("P-MET-2")).put("/api/v1/sessions/" + id)
                .then().statusCode(200);
        assertThat(Metrics.value(CORRECTED)).isEqualTo(corrected + 1);
    }
}
