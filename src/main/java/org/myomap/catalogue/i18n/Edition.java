package org.myomap.catalogue.i18n;

import java.util.Set;
import org.myomap.catalogue.content.CatalogueContent;
import org.myomap.common.i18n.Language;

/**
 * The catalogue's content in one language: English is the source and complete; a translation is the English
 * with the text of the entries in {@code translated} ({@code "muscle:soleus"}) replaced, everything else still
 * English and said to be so ({@link Untranslated}).
 */
public record Edition(Language language, CatalogueContent content, Set<String> translated) {

    public static Edition source(CatalogueContent content) {
        return new Edition(Language.DEFAULT, content, Set.of());
    }

    public boolean isSource() {
        return language == Language.DEFAULT;
    }

    /** Whether an entry's text is in this edition's language, e.g. {@code has("protocol", "soleus-self-care")}. */
    public boolean has(String kind, String id) {
        return isSource() || translated.contains(kind + ":" + id);
    }
}
