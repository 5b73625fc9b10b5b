package org.myomap.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.myomap.catalogue.CatalogueViews.CatalogueDocument;
import org.myomap.catalogue.CatalogueViews.Items;
import org.myomap.catalogue.http.EncodedBody;
import org.myomap.catalogue.i18n.Edition;
import org.myomap.catalogue.i18n.UntranslatedItems;

/**
 * The serialised answers of one published snapshot. The large answers that take no parameters (the whole
 * document, the region tree, the complaints) are serialised and compressed once, at publication, as small as
 * the codecs make them; an answer named by an id is serialised and compressed (fast settings) on its first
 * request and kept, which stays bounded because only ids of the snapshot get that far; filtered listings,
 * keyed by free text and cursors, are made per request.
 */
final class SnapshotBodies {

    private final ObjectMapper json;
    private final Edition edition;
    private final EncodedBody document;
    private final EncodedBody regions;
    private final EncodedBody complaints;
    private final ConcurrentMap<String, EncodedBody> byId = new ConcurrentHashMap<>();

    SnapshotBodies(ObjectMapper json, Catalogue catalogue, CatalogueQueries queries, Edition edition) {
        this.json = json;
        this.edition = edition;
        var content = catalogue.content();
        this.document = large(bytes(new CatalogueDocument(content.version(), content.regions(),
                content.activities(), content.sources(), content.muscles(), content.complaints(),
                content.protocols()), null));
        this.regions = large(bytes(new Items<>(queries.regionTree()), "region"));
        this.complaints = large(bytes(new Items<>(catalogue.complaints()), "complaint"));
    }

    /**
     * The source edition's large answers are compressed at publication, as small as possible; a translation's,
     * asked for far less often, on first request at the fast settings, which keeps them off the start path.
     */
    private EncodedBody large(byte[] identity) {
        return edition.isSource() ? EncodedBody.published(identity) : EncodedBody.kept(identity);
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
        return byId.computeIfAbsent(kind + '/' + id, key -> EncodedBody.kept(bytes(view.get(), kind)));
    }

    /** The answer about one item if a request has already made it, else null: never makes one. */
    EncodedBody made(String kind, String id) {
        return byId.get(kind + '/' + id);
    }

    /** An answer made for one request, about items of {@code kind} (the top-level item or its {@code items}). */
    EncodedBody once(Object view, String kind) {
        return EncodedBody.once(bytes(view, kind));
    }

    /** The view as JSON; in a translated edition, with the items still in English named ({@link UntranslatedItems}). */
    private byte[] bytes(Object view, String kind) {
        try {
            if (!edition.isSource()) {
                ObjectNode answer = json.valueToTree(view);
                UntranslatedItems.mark(answer, kind, edition);
                return json.writeValueAsBytes(answer);
            }
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + view.getClass().getSimpleName(), e);
        }
    }
}
