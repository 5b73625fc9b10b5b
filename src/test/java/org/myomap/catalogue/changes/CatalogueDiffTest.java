package org.myomap.catalogue.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.CatalogueViews.CatalogueDocument;
import org.myomap.catalogue.content.CatalogueReader;

/** The diff on the shipped catalogue against edited copies of it, as two published versions would differ. */
class CatalogueDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SHIPPED = shipped();

    private static JsonNode shipped() {
        var content = new Catalogue(CatalogueReader.fromClasspath("catalogue").read()).content();
        return JSON.valueToTree(new CatalogueDocument(content.version(), content.regions(), content.activities(),
                content.sources(), content.muscles(), content.complaints(), content.protocols()));
    }

    @Test
    void theSameVersionHasNoChanges() {
        CatalogueChanges changes = CatalogueDiff.between(SHIPPED, SHIPPED);
        for (KindChanges kind : kinds(changes).values()) {
            assertThat(kind.added()).isEmpty();
            assertThat(kind.changed()).isEmpty();
            assertThat(kind.removed()).isEmpty();
        }
    }

    @Test
    void anItemOnlyInTheNewerVersionIsAddedWhole() {
        ObjectNode older = SHIPPED.deepCopy();
        JsonNode soleus = remove(older, "muscles", "soleus");
        CatalogueChanges changes = CatalogueDiff.between(older, SHIPPED);
        assertThat(changes.muscles().added()).containsExactly(soleus);
        assertThat(changes.muscles().changed()).isEmpty();
    }

    @Test
    void anEditedTriggerPointMakesItsMuscleChangedWithTheNewMuscleWhole() {
        ObjectNode older = SHIPPED.deepCopy();
        ObjectNode olderSoleus = (ObjectNode) find(older, "muscles", "soleus");
        ((ObjectNode) olderSoleus.withArray("triggerPoints").get(0)).put("location", "somewhere else");
        CatalogueChanges changes = CatalogueDiff.between(older, SHIPPED);
        assertThat(changes.muscles().changed()).containsExactly(find(SHIPPED, "muscles", "soleus"));
        assertThat(changes.muscles().added()).isEmpty();
        assertThat(changes.regions().changed()).isEmpty();
    }

    @Test
    void anItemOnlyInTheOlderVersionIsRemovedById() {
        ObjectNode older = SHIPPED.deepCopy();
        older.withArray("protocols").addObject().put("id", "withdrawn-protocol").put("title", "Withdrawn");
        CatalogueChanges changes = CatalogueDiff.between(older, SHIPPED);
        assertThat(changes.protocols().removed()).containsExactly("withdrawn-protocol");
    }

    @Test
    void applyingTheChangesToTheOlderItemsGivesTheNewerItems() {
        ObjectNode older = SHIPPED.deepCopy();
        remove(older, "muscles", "piriformis");
        remove(older, "regions", "calf");
        ((ObjectNode) find(older, "complaints", "sacroiliac-pain")).put("name", "Old name");
        older.withArray("sources").addObject().put("id", "retracted-source").put("citation", "Retracted");
        CatalogueChanges changes = CatalogueDiff.between(older, SHIPPED);

        kinds(changes).forEach((kind, delta) -> {
            Map<String, JsonNode> items = byId(older.get(kind));
            delta.removed().forEach(items::remove);
            delta.added().forEach(item -> items.put(item.get("id").asText(), item));
            delta.changed().forEach(item -> items.put(item.get("id").asText(), item));
            assertThat(items).as(kind).isEqualTo(byId(SHIPPED.get(kind)));
        });
    }

    private static Map<String, KindChanges> kinds(CatalogueChanges changes) {
        Map<String, KindChanges> kinds = new LinkedHashMap<>();
        kinds.put("regions", changes.regions());
        kinds.put("activities", changes.activities());
        kinds.put("sources", changes.sources());
        kinds.put("muscles", changes.muscles());
        kinds.put("complaints", changes.complaints());
        kinds.put("protocols", changes.protocols());
        assertThat(kinds.keySet()).containsExactlyElementsOf(CatalogueDiff.KINDS);
        return kinds;
    }

    private static Map<String, JsonNode> byId(JsonNode items) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.get("id").asText(), item));
        return byId;
    }

    private static JsonNode find(JsonNode document, String kind, String id) {
        for (JsonNode item : document.get(kind)) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " " + id + " in the shipped catalogue");
    }

    private static JsonNode remove(ObjectNode document, String kind, String id) {
        ArrayNode items = (ArrayNode) document.get(kind);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get("id").asText().equals(id)) {
                return items.remove(i);
            }
        }
        throw new AssertionError("no " + kind + " " + id + " in the shipped catalogue");
    }
}
