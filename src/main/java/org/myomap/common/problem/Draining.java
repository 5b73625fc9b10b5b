package org.myomap.common.problem;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Whether the process has been asked to stop. Quarkus keeps serving new requests while it waits for those in
 * flight, so under steady traffic the wait never ends before its time-out, and requests that arrive as the server
 * finally closes are reset. From the moment SIGTERM arrives, new requests get 503 with Retry-After instead (see
 * RouterProblems), so only the requests already in flight are waited for; quarkus.shutdown.delay keeps the
 * listener open long enough for clients to hear that answer instead of a reset.
 */
@Singleton
public class Draining {

    private volatile boolean stopping;

    void watch(@Observes StartupEvent started) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping = true, "myomap-draining"));
    }

    public boolean stopping() {
        return stopping;
    }
}
