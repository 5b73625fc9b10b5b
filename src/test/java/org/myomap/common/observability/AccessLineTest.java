package org.myomap.common.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLineTest {

    @Test
    void namesMethodRouteStatusAndMillisecondsToOneDecimal() {
        assertThat(RequestObservation.line("GET", "/api/v1/muscles/{id}", 200, 412_345))
                .isEqualTo("GET /api/v1/muscles/{id} 200 0.4 ms");
        assertThat(RequestObservation.line("POST", "/api/v1/sessions", 201, 12_350_000))
                .isEqualTo("POST /api/v1/sessions 201 12.4 ms");
        assertThat(RequestObservation.line("GET", "/{unmatched}", 404, 0)).isEqualTo("GET /{unmatched} 404 0.0 ms");
    }
}
