package org.myomap.common.observability;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the two deployer switches into the Quarkus settings they stand for, which a property file cannot do
 * (its expressions give defaults, not conditions): traces are exported only when MYOMAP_OTEL_ENDPOINT names a
 * collector (otherwise the SDK is off and nothing tries to connect), and console logs are JSON only when
 * MYOMAP_LOG_FORMAT is {@code json} (the JSON extension would otherwise switch them on unasked).
 * Its ordinal sits above application.properties and below environment variables and system properties, so
 * QUARKUS_OTEL_SDK_DISABLED or QUARKUS_LOG_CONSOLE_JSON_ENABLED still win when set.
 */
public class ObservabilitySwitches implements ConfigSource {

    static final String OTEL_ENDPOINT = "MYOMAP_OTEL_ENDPOINT";
    static final String LOG_FORMAT = "MYOMAP_LOG_FORMAT";
    private static final int ORDINAL = 275;

    private final Map<String, String> properties;

    public ObservabilitySwitches() {
        this(System::getenv);
    }

    ObservabilitySwitches(Function<String, String> environment) {
        this.properties = derive(environment);
    }

    private static Map<String, String> derive(Function<String, String> environment) {
        Map<String, String> derived = new HashMap<>();
        String endpoint = environment.apply(OTEL_ENDPOINT);
        boolean tracing = endpoint != null && !endpoint.isBlank();
        derived.put("quarkus.otel.sdk.disabled", Boolean.toString(!tracing));
        if (tracing) {
            derived.put("quarkus.otel.exporter.otlp.traces.endpoint", endpoint.strip());
        }
        String format = environment.apply(LOG_FORMAT);
        String normalised = format == null || format.isBlank() ? "plain" : format.strip().toLowerCase(Locale.ROOT);
        if (!normalised.equals("plain") && !normalised.equals("json")) {
            throw new IllegalArgumentException(LOG_FORMAT + " must be plain or json, not '" + format + "'");
        }
        derived.put("quarkus.log.console.json.enabled", Boolean.toString(normalised.equals("json")));
        return Map.copyOf(derived);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "myomap observability switches (MYOMAP_OTEL_ENDPOINT, MYOMAP_LOG_FORMAT)";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
