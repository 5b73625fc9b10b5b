package org.myomap.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.myomap.catalogue.http.RepresentationResponse;
import org.myomap.catalogue.i18n.Edition;
import org.myomap.common.i18n.Language;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.ProblemType;

/**
 * Holds the published catalogue snapshot. Every read goes to the snapshot, never to the database, so reads
 * are fast and keep working if the database goes away after start-up.
 */
@ApplicationScoped
public class CatalogueService {

    /** One language of a published version: the snapshot, its queries, and its answers serialised (and compressed) once. */
    public record Localized(Language language, Catalogue catalogue, CatalogueQueries queries, SnapshotBodies bodies) {
    }

    /** One published version in every language it has; English, the source, always. */
    public record Published(Map<Language, Localized> languages) {

        /** The version in a language, or in English when it has no translation into that language. */
        public Localized in(Language language) {
            return languages.getOrDefault(language, languages.get(Language.DEFAULT));
        }

        public Catalogue catalogue() {
            return in(Language.DEFAULT).catalogue();
        }

        public SnapshotBodies bodies() {
            return in(Language.DEFAULT).bodies();
        }
    }

    @Inject
    ObjectMapper json;
    @Inject
    CatalogueConfig config;

    private volatile Published published;
    private String cacheControl;

    @PostConstruct
    void writeCacheControl() {
        cacheControl = RepresentationResponse.cacheControl(config.cacheMaxAge());
    }

    /** The {@code Cache-Control} of every catalogue answer (and the body map's), written once, not per answer. */
    public String cacheControl() {
        return cacheControl;
    }

    Published publish(Map<Language, Edition> editions) {
        Map<Language, Localized> languages = new EnumMap<>(Language.class);
        editions.forEach((language, edition) -> {
            var catalogue = new Catalogue(edition.content());
            var queries = new CatalogueQueries(catalogue);
            languages.put(language, new Localized(language, catalogue, queries,
                    new SnapshotBodies(json, catalogue, queries, edition)));
        });
        published = new Published(Map.copyOf(languages));
        return published;
    }

    public Published current() {
        Published current = published;
        if (current == null) {
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "The catalogue is still loading; retry shortly");
        }
        return current;
    }

    /** The snapshot other features read (lookup, session reference checks): the English source. */
    public Catalogue catalogue() {
        return current().catalogue();
    }

    /** The snapshot in a language (the English one where there is no translation), for answers people read. */
    public Catalogue catalogue(Language language) {
        return current().in(language).catalogue();
    }

    public CatalogueQueries queries() {
        return current().in(Language.DEFAULT).queries();
    }

    public boolean isPublished() {
        return published != null;
    }
}
