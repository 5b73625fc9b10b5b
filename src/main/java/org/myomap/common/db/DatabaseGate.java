package org.myomap.common.db;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.ProblemType;

/**
 * Holds back what {@link NeedsDatabase} marks until the database is prepared. It runs after the security check
 * (an anonymous caller still gets 401) and before any transaction or connection is taken.
 */
@NeedsDatabase
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class DatabaseGate {

    static final String NOT_YET = "The session store is not ready yet: this service has not reached its database since it "
            + "started, or is still preparing it. Retry after the seconds in Retry-After; the catalogue and the lookup "
            + "answer meanwhile.";

    @Inject
    DatabasePreparation preparation;

    @AroundInvoke
    Object untilPrepared(InvocationContext invocation) throws Exception {
        if (!preparation.isPrepared()) {
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, NOT_YET);
        }
        return invocation.proceed();
    }
}
