package org.myomap.catalogue.changes;

/**
 * The answer to "what changed since the version I hold": the version the app holds ({@code since}), the
 * version it will hold after applying the changes ({@code version}), and the changes per kind of item.
 */
public record CatalogueChanges(String since, String version, KindChanges regions, KindChanges activities,
        KindChanges sources, KindChanges muscles, KindChanges complaints, KindChanges protocols) {
}
