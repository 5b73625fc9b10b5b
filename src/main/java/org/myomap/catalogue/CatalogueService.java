package org.myomap.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.ProblemType;

/**
 * Holds the published catalogue snapshot. Every read goes to the snapshot, never to the database, so reads
 * are fast and keep working if the database goes away after start-up.
 */
@ApplicationScoped
public class CatalogueService {

    /** One published version: the snapshot, its queries, and its answers serialised (and compressed) once. */
    public record Published(Catalogue catalogue, CatalogueQueries queries, SnapshotBodies bodies) {
    }

    @Inject
    ObjectMapper json;

    private volatile Published published;

    Published publish(Catalogue catalogue) {
        var queries = new CatalogueQueries(catalogue);
        published = new Published(catalogue, queries, new SnapshotBodies(json, catalogue, queries));
        return published;
    }

    public Published current() {
        Published current = published;
        if (current == null) {
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "The catalogue is still loading; retry shortly");
        }
        return current;
    }

    /** The snapshot other features read (lookup, session reference checks). */
    public Catalogue catalogue() {
        return current().catalogue();
    }

    public CatalogueQueries queries() {
        return current().queries();
    }

    public boolean isPublished() {
        return published != null;
    }
}
