package org.myomap.common.db;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The service does not validate its entities against the database at every start (that read of the database's
 * table catalogue cost the start a few hundred ms): this test does, against the schema Flyway's migrations make.
 */
@QuarkusTest
class MigratedSchemaTest {

    @Inject
    EntityManagerFactory entityManagers;

    @Test
    void theMigrationsMakeEveryTableAndColumnTheEntitiesMap() {
        assertThatCode(() -> entityManagers.getSchemaManager().validate()).doesNotThrowAnyException();
    }
}
