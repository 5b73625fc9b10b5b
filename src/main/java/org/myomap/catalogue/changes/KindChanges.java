package org.myomap.catalogue.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The changes to one kind of catalogue item: new items, replaced items (whole), ids no longer there. */
public record KindChanges(List<JsonNode> added, List<JsonNode> changed, List<String> removed) {

    public KindChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
