package org.myomap.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once a catalogue version is published; the datasource check covers the database. */
@Readiness
@ApplicationScoped
public class CatalogueReadiness implements HealthCheck {

    @Inject
    CatalogueService catalogue;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("catalogue");
        return catalogue.isPublished()
                ? response.up().withData("version", catalogue.catalogue().version()).build()
                : response.down().build();
    }
}
