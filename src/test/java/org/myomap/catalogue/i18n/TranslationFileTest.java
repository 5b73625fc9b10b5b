package org.myomap.catalogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.content.CatalogueContentException;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.common.i18n.Language;

/** A translation file laid over its English source: what it may change, and what it may not. */
class TranslationFileTest {

    private static final String FILE = "protocols/arm-hand.es.yaml";

    /** biceps-brachialis-self-care in Spanish; {@code warnings} is its stop-and-see list. */
    private static String bicepsProtocol(String warnings) {
        return """
                language: es
                protocols:
                  - id: biceps-brachialis-self-care
                    title: Parte delantera del brazo (bíceps y braquial)
                    summary: Para el dolor en la parte delantera del hombro y del brazo.
                    steps:
                      - {instruction: Presione el bíceps., position: sentado}
                      - {instruction: Presione el braquial., position: sentado}
                      - {instruction: Deslice el pulgar por el brazo.}
                      - {instruction: Cargue las bolsas con el brazo estirado.}
                    stretches:
                      - {name: Estiramiento en el marco de la puerta, instruction: Lleve el brazo hacia atrás., position: de pie}
                      - {name: Estiramiento sentado, instruction: Estire el codo., position: sentado}
                    heatCold: {instruction: Coloque una compresa húmeda caliente.}
                    expectedCourse: {recentOnset: Mejora en días., chronic: Mejora en semanas.}
                    stopAndSeePhysicianIf:
                """ + warnings;
    }

    private static final String SIX_WARNINGS = """
                      - Un chasquido repentino en el codo o el hombro (posible rotura del tendón del bíceps)
                      - Dolor con el esfuerzo o con dolor en el pecho (llame a los servicios de emergencia)
                      - Adormecimiento u hormigueo en la mano
                      - Hinchazón o deformidad después de una caída
                      - Fiebre
                      - Dolor que no mejora
                """;

    private static CatalogueReader withFiles(Map<String, String> extra) {
        ClassLoader loader = TranslationFileTest.class.getClassLoader();
        return new CatalogueReader(path -> extra.containsKey(path)
                ? Optional.of(new ByteArrayInputStream(extra.get(path).getBytes(StandardCharsets.UTF_8)))
                : Optional.ofNullable(loader.getResourceAsStream("catalogue/" + path)));
    }

    private static Edition spanish(String file) {
        return withFiles(Map.of(FILE, file)).readEditions().get(Language.SPANISH);
    }

    @Test
    void aTranslationReplacesTheTextAndKeepsIdsNumbersAndTools() {
        Edition spanish = spanish(bicepsProtocol(SIX_WARNINGS));
        ContentFile.Protocol english = CatalogueReader.fromClasspath("catalogue").read().protocols().stream()
                .filter(p -> p.id().equals("biceps-brachialis-self-care")).findFirst().orElseThrow();
        ContentFile.Protocol translated = spanish.content().protocols().stream()
                .filter(p -> p.id().equals("biceps-brachialis-self-care")).findFirst().orElseThrow();

        assertThat(translated.title()).isEqualTo("Parte delantera del brazo (bíceps y braquial)");
        assertThat(translated.steps().get(0).instruction()).isEqualTo("Presione el bíceps.");
        assertThat(translated.steps()).extracting(ContentFile.Step::holdSeconds, ContentFile.Step::tool, ContentFile.Step::technique)
                .isEqualTo(english.steps().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.holdSeconds(), s.tool(), s.technique())).toList());
        assertThat(translated.muscles()).isEqualTo(english.muscles());
        assertThat(spanish.has("protocol", "biceps-brachialis-self-care")).isTrue();
        assertThat(spanish.has("protocol", "arm-flexors-dry-needling")).isFalse();
    }

    @Test
    void aSpanishProtocolWithFewerWarningsThanItsSourceIsRefused() {
        String fiveWarnings = SIX_WARNINGS.substring(0, SIX_WARNINGS.lastIndexOf("      - "));

        assertThatThrownBy(() -> spanish(bicepsProtocol(fiveWarnings)))
                .isInstanceOf(CatalogueContentException.class)
                .hasMessageContaining(FILE + ": protocol biceps-brachialis-self-care: stopAndSeePhysicianIf has 5 items, the English 6");
    }

    @Test
    void aStepMissingFromTheTranslationIsRefused() {
        String threeSteps = bicepsProtocol(SIX_WARNINGS).replace("      - {instruction: Deslice el pulgar por el brazo.}\n", "");

        assertThatThrownBy(() -> spanish(threeSteps)).isInstanceOf(CatalogueContentException.class)
                .hasMessageContaining("steps has 3 items, the English 4");
    }

    @Test
    void aClinicianProtocolIsNotTranslated() {
        String clinician = """
                language: es
                protocols:
                  - {id: arm-flexors-dry-needling, title: Punción seca, summary: Resumen., steps: [], stopAndSeePhysicianIf: []}
                """;

        assertThatThrownBy(() -> spanish(clinician)).isInstanceOf(CatalogueContentException.class)
                .hasMessageContaining("protocol arm-flexors-dry-needling: is for clinicians");
    }

    @Test
    void anIdTheEnglishFileLacksIsNamed() {
        String unknown = """
                language: es
                protocols:
                  - {id: no-such-protocol, title: Nada, summary: Nada., steps: [], stopAndSeePhysicianIf: []}
                """;

        assertThatThrownBy(() -> spanish(unknown)).isInstanceOf(CatalogueContentException.class)
                .hasMessageContaining(FILE + ": protocol no-such-protocol: no protocol with this id in the English file");
    }

    @Test
    void aFieldThatIsNotTextCannotBeTranslated() {
        String withTool = bicepsProtocol(SIX_WARNINGS).replace("{instruction: Presione el bíceps., position: sentado}",
                "{instruction: Presione el bíceps., position: sentado, tool: needle}");

        assertThatThrownBy(() -> spanish(withTool)).isInstanceOf(CatalogueContentException.class)
                .hasMessageContaining(FILE).hasMessageContaining("tool");
    }

    @Test
    void aTranslationChangesTheCatalogueVersion() {
        String shipped = CatalogueReader.fromClasspath("catalogue").read().version();

        assertThat(withFiles(Map.of(FILE, bicepsProtocol(SIX_WARNINGS))).read().version()).isNotEqualTo(shipped);
    }

    @Test
    void theTranslationSchemaLimitsTextAsTheCatalogueSchemaDoes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path folder = Path.of("src", "main", "resources", "catalogue");
        JsonNode catalogue = json.readTree(folder.resolve("catalogue.schema.json").toFile()).path("$defs");
        JsonNode translation = json.readTree(folder.resolve("translation.schema.json").toFile()).path("$defs");

        for (String def : new String[] {"id", "text", "texts"}) {
            assertThat(translation.path(def)).as(def).isEqualTo(catalogue.path(def));
        }
    }

}
