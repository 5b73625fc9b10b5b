package org.myomap.common.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservabilitySwitchesTest {

    private static ObservabilitySwitches with(Map<String, String> environment) {
        return new ObservabilitySwitches(environment::get);
    }

    @Test
    void withoutAnEndpointTracingIsOffAndLogsArePlain() {
        ObservabilitySwitches switches = with(Map.of());
        assertThat(switches.getValue("quarkus.otel.sdk.disabled")).isEqualTo("true");
        assertThat(switches.getValue("quarkus.otel.exporter.otlp.traces.endpoint")).isNull();
        assertThat(switches.getValue("quarkus.log.console.json.enabled")).isEqualTo("false");
    }

    @Test
    void anEndpointSwitchesTracingOnTowardsIt() {
        ObservabilitySwitches switches = with(Map.of("MYOMAP_OTEL_ENDPOINT", "http://otel-collector:4317"));
        assertThat(switches.getValue("quarkus.otel.sdk.disabled")).isEqualTo("false");
        assertThat(switches.getValue("quarkus.otel.exporter.otlp.traces.endpoint")).isEqualTo("http://otel-collector:4317");
    }

    @Test
    void jsonLogFormatSwitchesJsonConsoleLogsOn() {
        assertThat(with(Map.of("MYOMAP_LOG_FORMAT", "json")).getValue("quarkus.log.console.json.enabled")).isEqualTo("true");
        assertThat(with(Map.of("MYOMAP_LOG_FORMAT", "plain")).getValue("quarkus.log.console.json.enabled")).isEqualTo("false");
    }

    @Test
    void anUnknownLogFormatStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> with(Map.of("MYOMAP_LOG_FORMAT", "xml"))).hasMessageContaining("MYOMAP_LOG_FORMAT");
    }

    @Test
    void environmentVariablesAndSystemPropertiesStillWin() {
        // env (300) and system properties (400) sit above this source; application.properties (250) below
        assertThat(with(Map.of()).getOrdinal()).isBetween(251, 299);
    }
}
