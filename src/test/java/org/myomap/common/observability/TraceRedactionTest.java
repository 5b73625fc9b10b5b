package org.myomap.common.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the OTLP exporter receives, through the real OpenTelemetry SDK with the redaction in front of it. */
class TraceRedactionTest {

    private final List<SpanData> exported = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider tracing = SdkTracerProvider.builder()
            .addSpanProcessor(new TraceRedaction())
            .addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
                @Override
                public CompletableResultCode export(Collection<SpanData> spans) {
                    exported.addAll(spans);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            }))
            .build();

    private Attributes exportedServerSpan(String path, String query) {
        var builder = Attributes.builder().put(TraceRedaction.URL_PATH, path);
        if (query != null) {
            builder.put(TraceRedaction.URL_QUERY, query);
        }
        tracing.get("test").spanBuilder("GET").setSpanKind(SpanKind.SERVER).setAllAttributes(builder.build()).startSpan().end();
        return exported.get(exported.size() - 1).getAttributes();
    }

    @Test
    void aPatientReferenceInThePathIsNotExported() {
        Attributes span = exportedServerSpan("/api/v1/patients/P-TRACE-1/progress", null);
        assertThat(span.get(TraceRedaction.URL_PATH)).isEqualTo("/api/v1/patients/{patientRef}/progress");
    }

    @Test
    void theQueryIsNotExported() {
        Attributes span = exportedServerSpan("/api/v1/sessions", "patient=P-TRACE-2&limit=5");
        assertThat(span.get(TraceRedaction.URL_PATH)).isEqualTo("/api/v1/sessions");
        assertThat(span.get(TraceRedaction.URL_QUERY)).isEqualTo(TraceRedaction.REDACTED_QUERY);
    }

    @Test
    void otherPathsAreExportedAsTheyAre() {
        assertThat(exportedServerSpan("/api/v1/muscles/piriformis", null).get(TraceRedaction.URL_PATH)).isEqualTo("/api/v1/muscles/piriformis");
    }
}
