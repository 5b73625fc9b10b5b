package org.myomap.support;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.time.Duration;
import org.myomap.common.db.DatabasePreparation;

/**
 * Before each Quarkus test: waits until the started application has migrated its database, as a client that
 * honours Retry-After would (the migration runs after the start; see DatabasePreparation). The first test of a
 * run waits for it; the rest find it done.
 */
public class DatabasePrepared implements QuarkusTestBeforeEachCallback {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        DatabasePreparation preparation = Arc.container().instance(DatabasePreparation.class).get();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!preparation.isPrepared()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The test database was not prepared within " + LIMIT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
