package org.myomap.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the test resources for every {@code @QuarkusTest} (not restricted to one class), so the whole run
 * shares one database, one key pair and one application start.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(JwtKeyResource.class)
public final class TestResources {

    private TestResources() {
    }
}
