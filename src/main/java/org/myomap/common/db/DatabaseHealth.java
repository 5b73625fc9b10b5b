package org.myomap.common.db;

import io.agroal.api.AgroalDataSource;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the session endpoints can answer: the database is prepared by this process and a connection answers,
 * at {@code /q/health/group/database}. Not part of readiness: the catalogue and the lookup answer without the
 * database, so a database outage does not take every replica out of the Service (src/docs/operations.md). Replaces
 * the datasource extension's check, whose failure body quotes the connection error, host and port included.
 */
@HealthGroup(DatabaseHealth.GROUP)
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    public static final String GROUP = "database";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    DatabasePreparation preparation;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!preparation.isPrepared()) {
            return response.down().withData("reason", "not prepared yet: the schema is not migrated by this process").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? response.up().build()
                    : response.down().withData("reason", "the database does not answer").build();
        } catch (Exception e) {
            return response.down().withData("reason", "the database does not answer").build();
        }
    }
}
