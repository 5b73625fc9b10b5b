package org.myomap.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.myomap.catalogue.CatalogueViews.CatalogueDocument;
import org.myomap.catalogue.CatalogueViews.Items;
import org.myomap.catalogue.http.EncodedBody;

/**
 * The serialised answers of one published snapshot. The large answers that take no parameters (the whole
 * document, the region tree, the complaints) are serialised and compressed once, at publication, as small as
 * the codecs make them; an answer named by an id is serialised and compressed (fast settings) on its first
 * request and kept, which stays bounded because only ids of the snapshot get that far; filtered listings,
 * keyed by free text and cursors, are made per request.
 */
final class SnapshotBodies {

    private final ObjectMapper json;
    private final EncodedBody document;
    private final EncodedBody regions;
    private final EncodedBody complaints;
    private final ConcurrentMap<String, EncodedBody> byId = new ConcurrentHashMap<>();

    SnapshotBodies(ObjectMapper json, Catalogue catalogue, CatalogueQueries queries) {
        this.json = json;
        var content = catalogue.content();
        this.document = EncodedBody.published(bytes(new CatalogueDocument(content.version(), content.regions(),
                content.activities(), content.sources(), content.muscles(), content.complaints(),
                content.protocols())));
        this.regions = EncodedBody.published(bytes(new Items<>(queries.regionTree())));
        this.complaints = EncodedBody.published(bytes(new Items<>(catalogue.complaints())));
    }

    EncodedBody document() {
        return document;
    }

    EncodedBody regions() {
        return regions;
    }

    EncodedBody complaints() {
        return complaints;
    }

    /** The answer about one item, e.g. {@code ("muscle", "soleus")}; {@code view} throws for an unknown id. */
    EncodedBody byId(String kind, String id, Supplier<Object> view) {
        return byId.computeIfAbsent(kind + '/' + id, key -> EncodedBody.kept(bytes(view.get())));
    }

    /** An answer made for one request. */
    EncodedBody once(Object view) {
        return EncodedBody.once(bytes(view));
    }

    private byte[] bytes(Object view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + view.getClass().getSimpleName(), e);
        }
    }
}
