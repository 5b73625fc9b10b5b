package org.myomap.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.lookup.redflags.RedFlagRule;
import org.myomap.lookup.redflags.RedFlagScreen;
import org.myomap.lookup.text.Concept;
import org.myomap.lookup.text.LayPhrases;
import org.myomap.lookup.text.SpanishLayPhrases;

/** The lookup's vocabularies agree with the catalogue and with the contract, so no phrase or enum can drift. */
class LookupVocabularyTest {

    private static final Catalogue CATALOGUE = new Catalogue(CatalogueReader.fromClasspath("catalogue").read());
    private static final JsonNode CONTRACT = contract();

    private static JsonNode contract() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyLayPhraseMeansSomethingThatExists() {
        for (var phrase : java.util.stream.Stream.concat(LayPhrases.PHRASES.stream(), SpanishLayPhrases.PHRASES.stream()).toList()) {
            for (Concept c : phrase.concepts()) {
                boolean known = switch (c.kind()) {
                    case "region" -> CATALOGUE.region(c.id()).isPresent();
                    case "activity" -> CATALOGUE.activity(c.id()).isPresent();
                    case "symptom" -> Vocabulary.SYMPTOMS.containsKey(c.id());
                    case "history" -> Vocabulary.HISTORY.containsKey(c.id());
                    case "onset" -> Vocabulary.ONSETS.contains(c.id());
                    case "ignore" -> true;
                    default -> false;
                };
                assertThat(known).as("'%s' means %s:%s", phrase.text(), c.kind(), c.id()).isTrue();
            }
        }
    }

    @Test
    void everySymptomAndHistoryItemHasSpanishPhrases() {
        assertThat(SpanishVocabulary.SYMPTOMS.keySet()).containsExactlyElementsOf(Vocabulary.SYMPTOMS.keySet());
        assertThat(SpanishVocabulary.HISTORY.keySet()).containsExactlyElementsOf(Vocabulary.HISTORY.keySet());
        SpanishVocabulary.SYMPTOMS.forEach((id, phrases) -> assertThat(phrases).as(id).isNotEmpty());
        SpanishVocabulary.HISTORY.forEach((id, phrases) -> assertThat(phrases).as(id).isNotEmpty());
    }

    @Test
    void theContractListsExactlyTheSymptomsHistoryAndFlagCodesTheCodeKnows() {
        JsonNode request = CONTRACT.at("/components/schemas/LookupRequest/properties");
        assertThat(strings(request.at("/symptoms/items/enum"))).containsExactlyElementsOf(Vocabulary.SYMPTOMS.keySet());
        assertThat(strings(request.at("/history/items/enum"))).containsExactlyElementsOf(Vocabulary.HISTORY.keySet());
        JsonNode code = CONTRACT.at("/components/schemas/RedFlag/properties/code/enum");
        assertThat(strings(code)).containsExactlyInAnyOrderElementsOf(RedFlagScreen.RULES.stream().map(RedFlagRule::code).toList());
    }

    @Test
    void everyPainGuideListsMusclesThatReferToItsRegion() {
        for (var guide : CATALOGUE.content().painGuides()) {
            var reachable = new java.util.HashSet<String>();
            for (String region : CATALOGUE.regionAndDescendants(guide.region())) {
                CATALOGUE.referralsTo(region).forEach(r -> reachable.add(r.muscle().id()));
            }
            assertThat(reachable).as("muscles with a zone in or under %s", guide.region()).containsAll(guide.muscles());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> all = new ArrayList<>();
        array.forEach(n -> all.add(n.asText()));
        return all;
    }
}
