package org.myomap.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogueReaderTest {

    private static final String TRIGGER_POINT = """
            muscles:
              - id: test-muscle
                name: Test muscle
                synonyms: []
                bodyArea: low-back
                summary: A muscle that exists only in this test.
                triggerPoints:
                  - id: test-muscle-tp1
                    name: TP1
                    location: In the middle.
                    positions: [{view: back, side: left, x: 187, y: 410, region: lumbar-paraspinal}]
                    referralZones:
                      - {region: %s, zone: %s}
                    symptoms: [ache]
                    aggravatedBy: [sitting]
                    perpetuatingFactors: []
                    source: {ref: travell-simons-vol2}
                    evidence: {confidence: limited, note: Test.}
            protocols:
              - id: test-muscle-self-care
                title: Test
                audience: patient
                muscles: [test-muscle]
                summary: Test.
                steps: [{technique: stretch, instruction: Stretch.}]
                expectedCourse: {recentOnset: days, chronic: weeks}
                stopAndSeePhysicianIf: [numbness]
                source: {ref: davies-workbook}
            """;

    /** The real content plus one extra file named broken.yaml. */
    private static CatalogueReader withExtraFile(String body) {
        Map<String, String> extra = new HashMap<>();
        extra.put("broken.yaml", body);
        ClassLoader loader = CatalogueReaderTest.class.getClassLoader();
        return new CatalogueReader(path -> {
            if (path.equals(CatalogueReader.MANIFEST)) {
                String manifest = new String(read(loader.getResourceAsStream("catalogue/" + path)), StandardCharsets.UTF_8);
                return Optional.of(stream(manifest + "  - broken.yaml\n"));
            }
            return extra.containsKey(path) ? Optional.of(stream(extra.get(path)))
                    : Optional.ofNullable(loader.getResourceAsStream("catalogue/" + path));
        });
    }

    @Test
    void theShippedContentLoadsWithAVersion() {
        CatalogueContent content = CatalogueReader.fromClasspath("catalogue").read();

        assertThat(content.muscles()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(content.version()).matches("[0-9a-f]{16}");
    }

    @Test
    void theVersionIsStableForTheSameContentAndChangesWithIt() {
        String first = CatalogueReader.fromClasspath("catalogue").read().version();
        String again = CatalogueReader.fromClasspath("catalogue").read().version();
        String changed = withExtraFile(TRIGGER_POINT.formatted("sacrum", "essential")).read().version();

        assertThat(again).isEqualTo(first);
        assertThat(changed).isNotEqualTo(first);
    }

    @Test
    void anUnknownRegionIsNamedWithItsFileAndTriggerPoint() {
        assertThatThrownBy(() -> withExtraFile(TRIGGER_POINT.formatted("no-such-region", "essential")).read())
                .isInstanceOf(CatalogueContentException.class)
                .hasMessageContaining("broken.yaml: trigger point 'test-muscle-tp1': unknown region 'no-such-region'");
    }

    @Test
    void aTriggerPointWithoutAnEssentialZoneIsRefused() {
        assertThatThrownBy(() -> withExtraFile(TRIGGER_POINT.formatted("sacrum", "spillover")).read())
                .hasMessageContaining("broken.yaml: trigger point 'test-muscle-tp1': has no essential referral zone");
    }

    @Test
    void aDuplicateIdNamesBothFiles() {
        String duplicate = TRIGGER_POINT.formatted("sacrum", "essential").replace("id: test-muscle\n", "id: soleus\n")
                .replace("muscles: [test-muscle]", "muscles: [soleus]");
        assertThatThrownBy(() -> withExtraFile(duplicate).read())
                .hasMessageContaining("broken.yaml: muscle 'soleus': duplicate id (first defined in muscles/leg-foot.yaml)");
    }

    @Test
    void aFieldTheSchemaDoesNotKnowIsRefusedWithItsPlace() {
        String unknownField = TRIGGER_POINT.formatted("sacrum", "essential").replace("    bodyArea: low-back", "    bodyArea: low-back\n    colour: red");
        assertThatThrownBy(() -> withExtraFile(unknownField).read())
                .hasMessageContaining("broken.yaml: $.muscles[0]")
                .hasMessageContaining("colour");
    }

    @Test
    void aPatientProtocolMayNotUseDryNeedling() {
        String needling = TRIGGER_POINT.formatted("sacrum", "essential").replace("technique: stretch", "technique: dry-needling");
        assertThatThrownBy(() -> withExtraFile(needling).read())
                .hasMessageContaining("broken.yaml: protocol 'test-muscle-self-care': technique 'dry-needling' is for clinicians only");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        assertThatThrownBy(() -> withExtraFile("muscles:\n  - id: [unclosed\n").read())
                .hasMessageContaining("broken.yaml: not valid YAML")
                .hasMessageContaining("line");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
