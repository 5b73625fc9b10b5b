package org.myomap.common.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The service's own counters, beside the HTTP and JVM metrics Quarkus records. Their labels are small fixed sets
 * (an urgency, a kind of write): never a patient, clinic, session or any other identifier.
 */
@ApplicationScoped
public class ServiceMetrics {

    /** Which kind of write stored a session version. */
    public enum SessionWrite {
        CREATED, CORRECTED, ENTERED_IN_ERROR;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    @Inject
    MeterRegistry registry;

    /** A lookup answered, by the urgency of its most urgent red flag ("none" when nothing was flagged). */
    public void lookupAnswered(String urgency) {
        Counter.builder("myomap.lookups").description("Lookups answered, by the urgency of the most urgent red flag")
                .tag("urgency", urgency).register(registry).increment();
    }

    public void sessionWritten(SessionWrite write) {
        Counter.builder("myomap.sessions.written").description("Session versions stored, by kind of write")
                .tag("operation", write.label()).register(registry).increment();
    }

    /** A retried POST answered with the session its Idempotency-Key already made: nothing was written. */
    public void idempotentReplay() {
        Counter.builder("myomap.idempotent.replays").description("Session creations answered from an earlier request with the same Idempotency-Key")
                .register(registry).increment();
    }
}
