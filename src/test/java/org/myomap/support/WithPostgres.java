package org.myomap.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers {@link PostgresResource} for every {@code @QuarkusTest} (not restricted to one class), so the
 * whole run shares one database and one application start.
 */
@QuarkusTestResource(PostgresResource.class)
public final class WithPostgres {

    private WithPostgres() {
    }
}
