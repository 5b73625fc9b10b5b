package org.myomap.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.common.i18n.Language;
import org.myomap.lookup.redflags.Messages;
import org.myomap.lookup.redflags.RedFlag;
import org.myomap.lookup.redflags.RedFlagRule;
import org.myomap.lookup.redflags.RedFlagScreen;

/**
 * The clinical vignettes of src/test/resources/lookup/vignettes.yaml, against the shipped catalogue. Every
 * vignette states the overall urgency it must get ({@code safety}), so a missed red flag and an over-triage
 * both fail the build; and the suite must keep its size and its spread (see {@link #theSuiteCoversEverySection}).
 */
class VignetteTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final LookupEngine ENGINE = new LookupEngine(editions());
    private static final List<String> URGENCIES = List.of("emergency", "urgent", "routine-referral", "none");
    private static final Map<String, Integer> MINIMUM_PER_SECTION = Map.of("free-text", 25, "red-flag", 30, "negation", 15,
            "ordinary", 15, "body-map", 1);
    private static final List<JsonNode> ALL = read("/lookup/vignettes.yaml");
    /** The Spanish set: answered in Spanish unless {@code acceptLanguage} says otherwise. */
    private static final List<JsonNode> SPANISH = read("/lookup/vignettes.es.yaml");
    private static final Map<String, Integer> SPANISH_MINIMUM_PER_SECTION = Map.of("free-text", 30, "red-flag", 15,
            "negation", 8, "ordinary", 8);

    private static Map<Language, Catalogue> editions() {
        Map<Language, Catalogue> editions = new EnumMap<>(Language.class);
        CatalogueReader.fromClasspath("catalogue").readEditions().forEach((l, e) -> editions.put(l, new Catalogue(e.content())));
        return editions;
    }

    private static List<JsonNode> read(String resource) {
        try (InputStream in = VignetteTest.class.getResourceAsStream(resource)) {
            List<JsonNode> all = new ArrayList<>();
            YAML.readTree(in).forEach(all::add);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> vignettes() {
        return ALL.stream().map(v -> Arguments.of(v.get("name").asText(), v, Language.ENGLISH));
    }

    static Stream<Arguments> spanishVignettes() {
        return SPANISH.stream().map(v -> Arguments.of(v.get("name").asText(), v, Language.SPANISH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"vignettes", "spanishVignettes"})
    void vignette(String name, JsonNode vignette, Language defaultLanguage) throws IOException {
        assertThat(vignette.path("basis").asText()).as("basis: the literature the vignette is written from").isNotBlank();
        Language answerIn = vignette.has("acceptLanguage") ? Language.negotiate(vignette.get("acceptLanguage").asText()) : defaultLanguage;
        Language textIn = TextLanguage.of(vignette.path("contentLanguage").asText(null), answerIn);
        LookupResponse answer = ENGINE.answer(YAML.treeToValue(vignette.get("request"), LookupRequest.class), answerIn, textIn);
        JsonNode expect = vignette.get("expect");
        answer.redFlags().forEach(f -> assertThat(f.message()).as("message of %s in %s", f.code(), answerIn)
                .isEqualTo(Messages.text(f.messageKey(), answerIn)));
        if (expect.has("textLanguage")) {
            assertThat(answer.interpretation().textLanguage()).as("the language the text was read in")
                    .isEqualTo(expect.get("textLanguage").asText());
        }
        List<String> flags = answer.redFlags().stream().map(f -> f.code() + " (" + f.urgency().json() + ")").toList();

        String safety = expect.path("safety").asText();
        assertThat(URGENCIES).as("expect.safety is required: the overall urgency this case must get").contains(safety);
        assertThat(answer.safety().urgency()).as("overall urgency; flags raised: %s", flags).isEqualTo(safety);
        if (!"none".equals(safety)) {
            assertThat(answer.redFlags().get(0).urgency().json()).isEqualTo(safety);
        }
        if (expect.has("flag")) {
            assertThat(answer.redFlags()).as("red flags").anySatisfy(f -> {
                assertThat(f.code()).isEqualTo(expect.get("flag").asText());
                assertThat(f.urgency().json()).isEqualTo(expect.path("urgency").asText(safety));
            });
        }
        if (expect.has("firstFlag")) {
            assertThat(answer.redFlags().get(0).code()).as("first flag of %s", flags).isEqualTo(expect.get("firstFlag").asText());
        }
        for (String code : strings(expect.get("noFlag"))) {
            assertThat(answer.redFlags()).as("flags").extracting(RedFlag::code).doesNotContain(code);
        }
        if (expect.has("top")) {
            List<String> top = answer.candidates().stream().limit(expect.get("top").asInt())
                    .map(LookupResponse.Candidate::muscle).toList();
            assertThat(top).as("top %s candidates", expect.get("top")).containsAnyElementsOf(strings(expect.get("anyOf")));
        }
        List<String> understood = answer.interpretation().understoodFromText().stream().map(LookupResponse.Understood::id).toList();
        assertThat(understood).as("understood from text").containsAll(strings(expect.get("understood")));
        if (expect.has("negated")) {
            assertThat(answer.interpretation().negatedInText()).as("negated in text")
                    .extracting(LookupResponse.Understood::id).containsAll(strings(expect.get("negated")));
            assertThat(understood).as("a negated finding is not also affirmed").doesNotContainAnyElementsOf(strings(expect.get("negated")));
        }
        if (expect.has("aboutOthers")) {
            assertThat(answer.interpretation().aboutOthersInText()).as("said of someone else")
                    .extracting(LookupResponse.Understood::id).containsAll(strings(expect.get("aboutOthers")));
            assertThat(understood).as("a finding of someone else is not the person's own")
                    .doesNotContainAnyElementsOf(strings(expect.get("aboutOthers")));
        }
        if (expect.has("unplaced")) {
            assertThat(answer.interpretation().unplacedWords()).containsAll(strings(expect.get("unplaced")));
        }
    }

    /** The suite's promise of issue #11: its size, its sections, and every rule from fields and from a sentence. */
    @Test
    void theSuiteCoversEverySection() {
        assertThat(ALL).hasSizeGreaterThanOrEqualTo(120);
        Map<String, Long> perSection = ALL.stream().flatMap(v -> strings(v.get("sections")).stream())
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        assertThat(perSection.keySet()).as("known sections").isSubsetOf(MINIMUM_PER_SECTION.keySet());
        MINIMUM_PER_SECTION.forEach((section, minimum) ->
                assertThat(perSection.getOrDefault(section, 0L)).as("vignettes in section %s", section).isGreaterThanOrEqualTo(minimum));
        assertThat(ALL).allSatisfy(v -> assertThat(strings(v.get("sections"))).as(v.get("name").asText()).isNotEmpty());
        assertThat(ALL.stream().map(v -> v.get("name").asText())).doesNotHaveDuplicates();

        for (RedFlagRule rule : RedFlagScreen.RULES) {
            List<JsonNode> raising = ALL.stream().filter(v -> rule.code().equals(v.get("expect").path("flag").asText())).toList();
            assertThat(raising).as("a vignette raising %s from structured fields only", rule.code())
                    .anySatisfy(v -> assertThat(v.get("request").has("text")).isFalse());
            assertThat(raising).as("a vignette raising %s from a plain sentence only", rule.code())
                    .anySatisfy(v -> {
                        assertThat(v.get("request").has("text")).isTrue();
                        assertThat(Set.of("symptoms", "history")).noneMatch(f -> v.get("request").has(f));
                    });
        }
    }

    /** Issue #15's promise: at least 30 Spanish vignettes, across muscles, red flags, negation and ordinary cases. */
    @Test
    void theSpanishSuiteCoversMusclesRedFlagsNegationAndOrdinaryCases() {
        assertThat(SPANISH).hasSizeGreaterThanOrEqualTo(30);
        Map<String, Long> perSection = SPANISH.stream().flatMap(v -> strings(v.get("sections")).stream())
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        SPANISH_MINIMUM_PER_SECTION.forEach((section, minimum) ->
                assertThat(perSection.getOrDefault(section, 0L)).as("Spanish vignettes in section %s", section).isGreaterThanOrEqualTo(minimum));
        assertThat(SPANISH.stream().map(v -> v.get("name").asText())).doesNotHaveDuplicates();
        assertThat(SPANISH).filteredOn(v -> v.get("expect").has("anyOf")).as("Spanish vignettes that find muscles").hasSizeGreaterThanOrEqualTo(5);
    }

    private static List<String> strings(JsonNode node) {
        return node == null ? List.of() : YAML.convertValue(node, YAML.getTypeFactory().constructCollectionType(List.class, String.class));
    }
}
