package org.myomap.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.myomap.support.Contract.api;
import static org.myomap.support.Contract.invalidRequest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.http.ContentCoding;

/**
 * Catalogue deltas between two published versions: the current one, and an older one arranged as a release
 * with its own document (the current document without soleus, with a complaint named differently and a
 * protocol since withdrawn).
 */
@QuarkusTest
class CatalogueChangesTest {

    private static final String OLDER = "test-older-version";

    @Inject
    CatalogueService service;
    @Inject
    EntityManager entities;
    @Inject
    ObjectMapper json;

    @Test
    void anAppOnAnOlderVersionGetsWhatWasAddedChangedAndRemoved() throws IOException {
        publishOlderVersion();
        String current = service.catalogue().version();

        api().queryParam("since", OLDER).get("/api/v1/catalogue/changes").then().statusCode(200)
                .header("Catalogue-Version", current)
                .body("since", equalTo(OLDER))
                .body("version", equalTo(current))
                .body("muscles.added.id", equalTo(List.of("soleus")))
                .body("muscles.added[0].triggerPoints", not(empty()))
                .body("muscles.changed", empty())
                .body("complaints.changed.id", equalTo(List.of("sacroiliac-pain")))
                .body("complaints.changed[0].name", not(equalTo("An older name")))
                .body("protocols.removed", equalTo(List.of("withdrawn-protocol")))
                .body("regions.added", empty());
    }

    @Test
    void anAppOnTheCurrentVersionGetsNoChanges() {
        String current = service.catalogue().version();
        api().queryParam("since", current).get("/api/v1/catalogue/changes").then().statusCode(200)
                .body("version", equalTo(current))
                .body("muscles.added", empty()).body("muscles.changed", empty()).body("muscles.removed", empty());
    }

    @Test
    void aVersionNeverPublishedHereIsGoneAndTheAppFetchesTheWholeCatalogue() {
        api().queryParam("since", "no-such-version").get("/api/v1/catalogue/changes").then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://myomap.org/problems/catalogue-version-gone"))
                .body("detail", containsString("GET /api/v1/catalogue"));
    }

    @Test
    void withoutSinceTheAnswerSaysItIsRequired() {
        invalidRequest().get("/api/v1/catalogue/changes").then().statusCode(400)
                .body("type", equalTo("https://myomap.org/problems/invalid-parameter"))
                .body("detail", containsString("since"));
    }

    @Test
    void theChangesAreRevalidatedLikeTheCatalogue() {
        String current = service.catalogue().version();
        String etag = api().queryParam("since", current).get("/api/v1/catalogue/changes").then().statusCode(200)
                .extract().header("ETag");
        api().queryParam("since", current).header("If-None-Match", etag).get("/api/v1/catalogue/changes").then()
                .statusCode(304);
    }

    private void publishOlderVersion() throws IOException {
        ObjectNode older = (ObjectNode) json.readTree(service.current().bodies().document().in(ContentCoding.IDENTITY));
        older.put("version", OLDER);
        ArrayNode muscles = older.withArray("muscles");
        for (int i = 0; i < muscles.size(); i++) {
            if (muscles.get(i).get("id").asText().equals("soleus")) {
                muscles.remove(i);
                break;
            }
        }
        older.withArray("complaints").forEach(c -> {
            if (c.get("id").asText().equals("sacroiliac-pain")) {
                ((ObjectNode) c).put("name", "An older name");
            }
        });
        older.withArray("protocols").add(((ObjectNode) older.withArray("protocols").get(0).deepCopy()).put("id", "withdrawn-protocol"));
        byte[] document = gzip(json.writeValueAsBytes(older));
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("insert into catalogue_release (version, loaded_at, muscle_count, trigger_point_count, current) "
                    + "values (?1, ?2, 0, 0, false) on conflict do nothing")
                    .setParameter(1, OLDER).setParameter(2, OffsetDateTime.now().minusDays(30)).executeUpdate();
            entities.createNativeQuery("insert into catalogue_document (version, document) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, OLDER).setParameter(2, document).executeUpdate();
        });
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
