package org.myomap.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.myomap.catalogue.CatalogueViews.CatalogueDocument;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.ProblemType;

/**
 * Holds the published catalogue snapshot. Every read goes to the snapshot, never to the database, so reads
 * are fast and keep working if the database goes away after start-up.
 */
@ApplicationScoped
public class CatalogueService {

    /** One published version: the snapshot, its queries, and the whole document already serialised. */
    public record Published(Catalogue catalogue, CatalogueQueries queries, byte[] document) {
    }

    @Inject
    ObjectMapper json;

    private volatile Published published;

    void publish(Catalogue catalogue) {
        var content = catalogue.content();
        var document = new CatalogueDocument(content.version(), content.regions(), content.activities(),
                content.sources(), content.muscles(), content.complaints(), content.protocols());
        try {
            published = new Published(catalogue, new CatalogueQueries(catalogue), json.writeValueAsBytes(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise catalogue " + content.version(), e);
        }
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
