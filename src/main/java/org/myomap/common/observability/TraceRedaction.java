package org.myomap.common.observability;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.myomap.common.problem.ProblemMapper;

/**
 * Keeps patient references out of exported traces: the HTTP server span's {@code url.path} names the patient on
 * /api/v1/patients/{patientRef}/..., and {@code url.query} can ({@code ?patient=}). The path keeps its shape with
 * the reference replaced; the query is dropped to a marker. Quarkus registers every SpanProcessor bean, and
 * processors see a span at its start, before any exporter reads it.
 */
@ApplicationScoped
public class TraceRedaction implements SpanProcessor {

    static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    static final String REDACTED_QUERY = "{redacted}";

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        String path = span.getAttribute(URL_PATH);
        if (path != null) {
            span.setAttribute(URL_PATH, ProblemMapper.instance(path));
        }
        if (span.getAttribute(URL_QUERY) != null) {
            span.setAttribute(URL_QUERY, REDACTED_QUERY);
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
