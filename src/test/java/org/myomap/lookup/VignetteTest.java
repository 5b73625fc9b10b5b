package org.myomap.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.CatalogueReader;

/** The clinical vignettes of src/test/resources/lookup/vignettes.yaml, against the shipped catalogue. */
class VignetteTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final LookupEngine ENGINE = new LookupEngine(new Catalogue(CatalogueReader.fromClasspath("catalogue").read()));

    static Stream<Arguments> vignettes() throws IOException {
        try (InputStream in = VignetteTest.class.getResourceAsStream("/lookup/vignettes.yaml")) {
            List<Arguments> all = new ArrayList<>();
            YAML.readTree(in).forEach(v -> all.add(Arguments.of(v.get("name").asText(), v)));
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void vignette(String name, JsonNode vignette) throws IOException {
        LookupResponse answer = ENGINE.answer(YAML.treeToValue(vignette.get("request"), LookupRequest.class));
        JsonNode expect = vignette.get("expect");

        if (expect.has("top")) {
            List<String> expected = YAML.convertValue(expect.get("anyOf"), List.class);
            List<String> top = answer.candidates().stream().limit(expect.get("top").asInt())
                    .map(LookupResponse.Candidate::muscle).toList();
            assertThat(top).as("top %s candidates", expect.get("top")).containsAnyElementsOf(expected);
        }
        if (expect.has("flag")) {
            assertThat(answer.redFlags()).as("red flags")
                    .anySatisfy(f -> {
                        assertThat(f.code()).isEqualTo(expect.get("flag").asText());
                        assertThat(f.urgency().json()).isEqualTo(expect.get("urgency").asText());
                    });
        }
        if (expect.has("safety")) {
            assertThat(answer.safety().urgency()).isEqualTo(expect.get("safety").asText());
            if (!"none".equals(expect.get("safety").asText())) {
                assertThat(answer.redFlags().get(0).urgency().json()).isEqualTo(expect.get("safety").asText());
            }
        }
        if (expect.has("understood")) {
            List<String> understood = answer.interpretation().understoodFromText().stream()
                    .map(LookupResponse.Understood::id).toList();
            assertThat(understood).containsAll(YAML.convertValue(expect.get("understood"), List.class));
        }
    }
}
