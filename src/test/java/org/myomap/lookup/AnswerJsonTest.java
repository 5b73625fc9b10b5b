package org.myomap.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.common.i18n.Language;
import org.myomap.lookup.LookupResponse.Interpretation;
import org.myomap.lookup.LookupResponse.Safety;

/** The streaming writer writes every answer byte for byte as data binding writes it. */
class AnswerJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final AnswerJson WRITER = new AnswerJson(JSON.getFactory());
    private static final LookupEngine ENGINE = new LookupEngine(editions());

    private static Map<Language, Catalogue> editions() {
        Map<Language, Catalogue> editions = new EnumMap<>(Language.class);
        CatalogueReader.fromClasspath("catalogue").readEditions().forEach((l, e) -> editions.put(l, new Catalogue(e.content())));
        return editions;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"org.myomap.lookup.VignetteTest#vignettes", "org.myomap.lookup.VignetteTest#spanishVignettes"})
    void theAnswerToEveryVignetteIsWrittenAsDataBindingWritesIt(String name, JsonNode vignette, Language language) throws IOException {
        LookupRequest request = YAML.treeToValue(vignette.get("request"), LookupRequest.class);
        for (String audience : List.of("patient", "clinician")) {
            LookupRequest asked = new LookupRequest(request.painAreas(), request.text(), request.aggravatedBy(), request.onset(),
                    request.symptoms(), request.age(), request.history(), audience, request.limit());
            assertSameBytes(ENGINE.answer(asked, language, language));
        }
    }

    @Test
    void nullsAreWrittenWhereTheRecordsWriteThemAndLeftOutWhereTheySayNonNull() throws IOException {
        var interpretation = new Interpretation(List.of(new LookupResponse.Area("neck", null, "text")), List.of(), List.of(),
                List.of(), null, null, null, null, null, null, null);
        assertSameBytes(new LookupResponse(new Safety("none", null), List.of(), List.of(), interpretation, null, "ñ \"quoted\" ✓"));
    }

    private static void assertSameBytes(LookupResponse answer) throws IOException {
        assertThat(new String(WRITER.write(answer), StandardCharsets.UTF_8))
                .isEqualTo(new String(JSON.writeValueAsBytes(answer), StandardCharsets.UTF_8));
    }
}
