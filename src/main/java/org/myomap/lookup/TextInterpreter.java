package org.myomap.lookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.ContentFile;

/**
 * Maps free text onto the catalogue's regions and activities and the lookup's symptoms and history, through
 * their names and lay synonyms. Longer phrases win over the shorter phrases inside them ("lower back" over
 * "back"), and each word of the text is used once, so the answer says exactly how the text was read.
 * Phrases are looked up by their words in a map, so the cost grows with the text, not with the vocabulary.
 */
public final class TextInterpreter {

    /** One understood phrase: what it was taken as ({@code kind}: region, activity, symptom, history). */
    public record Match(String kind, String id, String phrase) {
    }

    private final Map<String, List<Match>> phrases = new HashMap<>();
    private int longestPhrase;

    public TextInterpreter(Catalogue catalogue) {
        for (ContentFile.Region region : catalogue.regions()) {
            add("region", region.id(), region.name());
            region.synonyms().forEach(s -> add("region", region.id(), s));
        }
        for (ContentFile.Activity activity : catalogue.activities()) {
            add("activity", activity.id(), activity.name());
            activity.synonyms().forEach(s -> add("activity", activity.id(), s));
        }
        addAll("symptom", Vocabulary.SYMPTOMS);
        addAll("history", Vocabulary.HISTORY);
    }

    private void addAll(String kind, Map<String, List<String>> vocabulary) {
        vocabulary.forEach((id, list) -> list.forEach(p -> add(kind, id, p)));
    }

    private void add(String kind, String id, String text) {
        String phrase = normalise(text);
        if (phrase.length() < 3) {
            return;
        }
        List<Match> meanings = phrases.computeIfAbsent(phrase, p -> new ArrayList<>());
        if (meanings.stream().noneMatch(m -> m.kind().equals(kind) && m.id().equals(id))) {
            meanings.add(new Match(kind, id, phrase));
        }
        longestPhrase = Math.max(longestPhrase, phrase.split(" ").length);
    }

    public List<Match> interpret(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] words = normalise(text).split(" ");
        boolean[] used = new boolean[words.length];
        List<Match> matches = new ArrayList<>();
        for (int length = Math.min(longestPhrase, words.length); length >= 1; length--) {
            for (int start = 0; start + length <= words.length; start++) {
                if (anyUsed(used, start, length)) {
                    continue;
                }
                List<Match> meanings = phrases.get(String.join(" ", java.util.Arrays.copyOfRange(words, start, start + length)));
                if (meanings == null) {
                    continue;
                }
                meanings.stream().filter(m -> !matches.contains(m)).forEach(matches::add);
                java.util.Arrays.fill(used, start, start + length, true);
            }
        }
        return matches;
    }

    private static boolean anyUsed(boolean[] used, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z0-9' ]+", " ").replaceAll("\\s+", " ").trim();
    }
}
