package org.myomap.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.ProblemType;

/**
 * Writers of one clinic queue here, in this process, before they take a database connection. The advisory lock
 * in the database still orders writers across replicas, but without this queue fifty retries of one write would
 * each hold a pooled connection while waiting for that lock and starve every other request of the pool.
 */
@ApplicationScoped
class ClinicWriteLocks {

    private static final int STRIPES = 64;
    static final long WAIT_SECONDS = 10;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    ClinicWriteLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    /** The name of the clinic's lock in the database ({@code pg_advisory_xact_lock(hashtext(name))}). */
    static String lockName(String clinic) {
        return "myomap.session:" + clinic;
    }

    <T> T holding(String clinic, Supplier<T> write) {
        ReentrantLock lock = stripes[Math.floorMod(clinic.hashCode(), STRIPES)];
        try {
            if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "Too many writes for this clinic at once; retry shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "Interrupted while waiting to write; retry shortly");
        }
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }
}
