package org.myomap.catalogue.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which items of an answer in a translated edition are still in English, as {@code kind:id}
 * ({@code protocol:arm-flexors-dry-needling}, a clinician protocol) or {@code kind:id/field}
 * ({@code region:flank/note}). Muscle summaries, trigger point details and source citations are clinician text
 * that is never translated; the contract says so once, and they are not listed per answer.
 *
 * <p>Read from the answer itself, so it lists exactly the items the answer carries: an object with an
 * {@code id} is an item of the kind its list is named for ({@code muscles}, {@code protocols}, ...), or of the
 * answer's own kind at the top.
 */
public final class UntranslatedItems {

    public static final String FIELD = "untranslated";

    private static final Map<String, String> KIND_OF_LIST = Map.of("muscles", "muscle", "essential", "muscle",
            "spillover", "muscle", "protocols", "protocol", "regions", "region", "children", "region",
            "complaints", "complaint", "activities", "activity");

    private UntranslatedItems() {
    }

    /**
     * Adds {@link #FIELD} to an answer of a translated edition when some of its items are in English.
     *
     * @param kind the kind of the answer's top-level item ({@code "muscle"} for a muscle) or of the items in
     *             its {@code items} list; {@code null} when neither
     */
    public static void mark(ObjectNode answer, String kind, Edition edition) {
        if (edition.isSource()) {
            return;
        }
        Set<String> untranslated = new LinkedHashSet<>();
        collect(answer, kind, edition, untranslated);
        if (!untranslated.isEmpty()) {
            answer.putArray(FIELD).addAll(untranslated.stream().map(answer::textNode).toList());
        }
    }

    private static void collect(JsonNode node, String kind, Edition edition, Set<String> into) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, kind, edition, into));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode id = node.get("id");
        if (kind != null && id != null && id.isTextual()) {
            if (!edition.has(kind, id.asText())) {
                into.add(kind + ":" + id.asText());
            } else if ("region".equals(kind) && node.hasNonNull("note")
                    && !edition.has(Translator.REGION_NOTE, id.asText())) {
                into.add(kind + ":" + id.asText() + "/note");
            }
        }
        node.fields().forEachRemaining(field -> {
            String listKind = field.getKey().equals("items") ? kind : KIND_OF_LIST.get(field.getKey());
            if (listKind != null) {
                collect(field.getValue(), listKind, edition, into);
            }
        });
    }
}
