package org.myomap.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.lookup.text.Concept;
import org.myomap.lookup.text.Reading;
import org.myomap.lookup.text.TextReader;

/**
 * Free text onto the catalogue's regions and activities and the lookup's symptoms and history: every name and
 * lay synonym of the catalogue, the lookup's {@link Vocabulary} and the extra lay phrases of
 * {@code lookup/text}, read by one Lucene analysis chain with negation scope ({@link TextReader}). Built once
 * per catalogue version.
 */
public final class TextInterpreter {

    private final TextReader reader;

    public TextInterpreter(Catalogue catalogue) {
        List<TextReader.Phrase> phrases = new ArrayList<>();
        for (ContentFile.Region region : catalogue.regions()) {
            add(phrases, "region", region.id(), region.name());
            region.synonyms().forEach(s -> add(phrases, "region", region.id(), s));
        }
        for (ContentFile.Activity activity : catalogue.activities()) {
            add(phrases, "activity", activity.id(), activity.name());
            activity.synonyms().forEach(s -> add(phrases, "activity", activity.id(), s));
        }
        addAll(phrases, "symptom", Vocabulary.SYMPTOMS);
        addAll(phrases, "history", Vocabulary.HISTORY);
        phrases.addAll(org.myomap.lookup.text.LayPhrases.PHRASES);
        this.reader = new TextReader(phrases);
    }

    private static void addAll(List<TextReader.Phrase> into, String kind, Map<String, List<String>> vocabulary) {
        vocabulary.forEach((id, list) -> list.forEach(p -> add(into, kind, id, p)));
    }

    private static void add(List<TextReader.Phrase> into, String kind, String id, String text) {
        into.add(new TextReader.Phrase(text, List.of(new Concept(kind, id))));
    }

    public Reading interpret(String text) {
        return reader.read(text);
    }
}
