package org.myomap.catalogue.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two catalogue documents, per kind of item, matched by id: items only in the newer one
 * (added, whole), items in both whose JSON differs (changed, the newer item whole), ids only in the older one
 * (removed). Applying the three to the older document's items gives the newer document's items, which a test
 * checks. Trigger points and referral zones travel inside their muscle: a change to one is a changed muscle.
 */
public final class CatalogueDiff {

    /** The document's lists of items, in the order the catalogue document has them. */
    public static final List<String> KINDS = List.of("regions", "activities", "sources", "muscles", "complaints", "protocols");

    private CatalogueDiff() {
    }

    public static CatalogueChanges between(JsonNode older, JsonNode newer) {
        Map<String, KindChanges> kinds = new LinkedHashMap<>();
        for (String kind : KINDS) {
            kinds.put(kind, kind(byId(older.path(kind)), byId(newer.path(kind))));
        }
        return new CatalogueChanges(older.path("version").asText(), newer.path("version").asText(), kinds.get("regions"),
                kinds.get("activities"), kinds.get("sources"), kinds.get("muscles"), kinds.get("complaints"),
                kinds.get("protocols"));
    }

    private static KindChanges kind(Map<String, JsonNode> older, Map<String, JsonNode> newer) {
        List<JsonNode> added = new ArrayList<>();
        List<JsonNode> changed = new ArrayList<>();
        newer.forEach((id, item) -> {
            JsonNode before = older.get(id);
            if (before == null) {
                added.add(item);
            } else if (!before.equals(item)) {
                changed.add(item);
            }
        });
        List<String> removed = older.keySet().stream().filter(id -> !newer.containsKey(id)).toList();
        return new KindChanges(added, changed, removed);
    }

    private static Map<String, JsonNode> byId(JsonNode items) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.path("id").asText(), item));
        return byId;
    }
}
