package org.myomap.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.common.i18n.Language;
import org.myomap.lookup.text.Concept;
import org.myomap.lookup.text.LayPhrases;
import org.myomap.lookup.text.Reading;
import org.myomap.lookup.text.SpanishLayPhrases;
import org.myomap.lookup.text.TextReader;

/**
 * Free text onto the catalogue's regions and activities and the lookup's symptoms and history: every name and
 * lay synonym of the catalogue, the lookup's {@link Vocabulary} and the extra lay phrases of
 * {@code lookup/text}, read by one Lucene analysis chain with negation scope ({@link TextReader}). One per
 * language, each from the catalogue in that language; built once per catalogue version.
 */
public final class TextInterpreter {

    private final TextReader reader;

    /**
     * @param catalogue the catalogue in {@code language}: its region and activity names and synonyms are phrases
     * @param language the language of the texts to read: its chain, its symptom and history phrases
     *     ({@link Vocabulary}, {@link SpanishVocabulary}) and its lay phrases
     */
    public TextInterpreter(Catalogue catalogue, Language language) {
        List<TextReader.Phrase> phrases = new ArrayList<>();
        for (ContentFile.Region region : catalogue.regions()) {
            add(phrases, "region", region.id(), region.name());
            region.synonyms().forEach(s -> add(phrases, "region", region.id(), s));
        }
        for (ContentFile.Activity activity : catalogue.activities()) {
            add(phrases, "activity", activity.id(), activity.name());
            activity.synonyms().forEach(s -> add(phrases, "activity", activity.id(), s));
        }
        boolean spanish = language == Language.SPANISH;
        addAll(phrases, "symptom", spanish ? SpanishVocabulary.SYMPTOMS : Vocabulary.SYMPTOMS);
        addAll(phrases, "history", spanish ? SpanishVocabulary.HISTORY : Vocabulary.HISTORY);
        phrases.addAll(spanish ? SpanishLayPhrases.PHRASES : LayPhrases.PHRASES);
        this.reader = new TextReader(phrases, language);
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
