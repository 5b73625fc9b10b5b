package org.myomap.common.db;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jboss.logging.Logger;
import org.myomap.common.concurrent.Background;
import org.myomap.common.problem.DatabaseUnavailable;
import org.myomap.common.problem.Draining;
import org.myomap.common.problem.SafeErrors;

/**
 * Migrates the schema (Flyway, under its lock, as migrate-at-start did) and then lets {@link SchemaMigrated}'s
 * observers do the start's writes, on a thread of its own after the start: the catalogue and the lookup answer
 * from memory, so HTTP opens without waiting for the database. Until this is done, what {@link NeedsDatabase}
 * marks answers 503 with Retry-After.
 *
 * <p>A database that does not answer (refused, unreachable, shutting down, still recovering) is tried again
 * after a pause that doubles from {@link #FIRST_PAUSE} up to {@link #LONGEST_PAUSE}, for as long as it takes.
 * Anything else (a migration that fails, a checksum that no longer matches, credentials refused) stops the
 * service with its reason, as a failed start did.
 */
@ApplicationScoped
public class DatabasePreparation {

    private static final Logger LOG = Logger.getLogger(DatabasePreparation.class);
    static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    /** After the first miss, one line per this many attempts: about one a minute at the longest pause. */
    private static final int LOG_EVERY = 12;

    @Inject
    Instance<Flyway> flyway;
    @Inject
    Event<SchemaMigrated> migrated;
    @Inject
    Draining draining;

    private volatile boolean prepared;

    /** After the catalogue is published and the lookup engine's build has started (both observe the same event). */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent event) {
        Background.start("myomap-database-preparation", this::prepare).whenComplete((done, failure) -> {
            if (failure != null && !draining.stopping()) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                LOG.errorf("The database could not be prepared; the service stops: %s%s", SafeErrors.describe(cause),
                        cause instanceof FlywayValidateException validation ? "\n" + validation.getMessage() : "");
                Quarkus.asyncExit(1);
            }
        });
    }

    /** Whether the schema is migrated by this process and the start's writes are done. */
    public boolean isPrepared() {
        return prepared;
    }

    private Void prepare() {
        long started = System.nanoTime();
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; !draining.stopping(); attempt++) {
            try {
                flyway.get().migrate();
                migrated.fire(new SchemaMigrated());
                prepared = true;
                LOG.infof("Database prepared (schema migrated, start-up writes done) %d ms after the start, attempt %d",
                        (System.nanoTime() - started) / 1_000_000, attempt);
                return null;
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.causedBy(e)) {
                    throw e;
                }
                if (attempt == 1 || attempt % LOG_EVERY == 0) {
                    LOG.warnf("The database does not answer (attempt %d: %s); session endpoints answer 503 until it does, "
                            + "the catalogue and the lookup serve meanwhile; next attempt in %d ms",
                            attempt, SafeErrors.describe(e), pause.toMillis());
                }
            }
            pauseFor(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
        return null;
    }

    private static void pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
