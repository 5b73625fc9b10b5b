package org.myomap.catalogue.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.myomap.catalogue.i18n.Edition;
import org.myomap.common.i18n.Language;

/**
 * The catalogue as {@link CatalogueReader} found it valid: for each language, the files its edition is merged
 * from (a translation's with its texts laid over), and the entries translated into it. This is what the build
 * writes down ({@link PrebuiltContent}); a start that finds it merges the editions without reading YAML again.
 */
public record CheckedContent(String version, Map<Language, List<CatalogueContent.Located>> files,
        Map<Language, Set<String>> translated) {

    /** Every language's edition, English first. */
    public Map<Language, Edition> editions() {
        Map<Language, Edition> editions = new EnumMap<>(Language.class);
        files.forEach((language, located) -> editions.put(language,
                new Edition(language, CatalogueContent.merge(version, located), Set.copyOf(translated.get(language)))));
        return editions;
    }
}
