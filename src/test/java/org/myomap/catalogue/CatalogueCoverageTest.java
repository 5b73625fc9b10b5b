package org.myomap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.catalogue.content.ContentFile;

/** Whole-body coverage of the shipped content: no silent holes in the body map, and the design document tells the truth. */
class CatalogueCoverageTest {

    private static final Path CONTENT = Path.of("src", "main", "resources", "catalogue");
    private static final Catalogue CATALOGUE = new Catalogue(CatalogueReader.fromClasspath("catalogue").read());

    @Test
    void theCatalogueHoldsAtLeast120Muscles() {
        assertThat(CATALOGUE.muscles()).hasSizeGreaterThanOrEqualTo(120);
    }

    @Test
    void everyLeafRegionIsReachedByAnEssentialZoneOrSaysWhyNot() {
        Set<String> essential = CATALOGUE.muscles().stream().flatMap(m -> m.triggerPoints().stream())
                .flatMap(tp -> tp.referralZones().stream()).filter(ContentFile.ReferralZone::essential)
                .map(ContentFile.ReferralZone::region).collect(Collectors.toSet());
        List<String> silentHoles = CATALOGUE.regions().stream()
                .filter(r -> CATALOGUE.children(r.id()).isEmpty())
                .filter(r -> !essential.contains(r.id()) && r.note() == null)
                .map(ContentFile.Region::id).toList();

        assertThat(silentHoles).as("leaf regions no essential zone reaches and no note explains").isEmpty();
    }

    @Test
    void everyMuscleHasAPatientProtocolAndEveryClinicianOnlyTechniqueStaysWithClinicians() {
        for (ContentFile.Muscle muscle : CATALOGUE.muscles()) {
            assertThat(CATALOGUE.protocolsFor(muscle.id())).as(muscle.id())
                    .anyMatch(p -> p.audience().equals("patient"));
        }
    }

    @Test
    void theManifestListsEveryContentFile() throws IOException {
        List<String> manifest = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(CONTENT.resolve(CatalogueReader.MANIFEST).toFile()).get("files").forEach(f -> manifest.add(f.asText()));
        try (Stream<Path> files = Files.walk(CONTENT)) {
            List<String> onDisk = files.filter(p -> p.toString().endsWith(".yaml"))
                    .map(p -> CONTENT.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(CatalogueReader.MANIFEST)).sorted().toList();
            List<String> translations = onDisk.stream().filter(p -> p.matches(".*\\.[a-z]{2}\\.yaml")).toList();
            assertThat(manifest).as("manifest.yaml").containsExactlyInAnyOrderElementsOf(
                    onDisk.stream().filter(p -> !translations.contains(p)).toList());
            // a translation is found beside its source; one whose source is not listed would never be read
            assertThat(translations).as("translation files without a listed source").allSatisfy(t ->
                    assertThat(manifest).contains(t.replaceFirst("\\.[a-z]{2}\\.yaml$", ".yaml")));
        }
    }

    @Test
    void theDesignDocumentShowsTheMusclesAndTriggerPointsPerBodyArea() throws IOException {
        String table = areaTable();
        System.out.println(table);
        assertThat(Files.readString(Path.of("src", "docs", "design.md"))).as("src/docs/design.md's coverage table; paste:\n" + table)
                .contains(table);
    }

    /** The table src/docs/design.md carries: muscles and trigger points per body area. */
    static String areaTable() {
        Map<String, int[]> byArea = new TreeMap<>(Comparator.comparingInt(CatalogueCoverageTest::areaOrder));
        for (ContentFile.Muscle m : CATALOGUE.muscles()) {
            int[] counts = byArea.computeIfAbsent(m.bodyArea(), a -> new int[2]);
            counts[0]++;
            counts[1] += m.triggerPoints().size();
        }
        StringBuilder out = new StringBuilder("| Body area | Muscles | Trigger points |\n|---|---:|---:|\n");
        byArea.forEach((area, c) -> out.append("| ").append(area).append(" | ").append(c[0]).append(" | ").append(c[1]).append(" |\n"));
        int muscles = byArea.values().stream().mapToInt(c -> c[0]).sum();
        int tps = byArea.values().stream().mapToInt(c -> c[1]).sum();
        return out.append("| **all** | **").append(muscles).append("** | **").append(tps).append("** |\n").toString();
    }

    private static int areaOrder(String area) {
        return List.of("head-and-jaw", "neck", "shoulder-and-upper-back", "arm-and-hand", "chest-and-abdomen",
                "low-back", "hip-and-pelvis", "thigh-and-knee", "leg-and-foot").indexOf(area);
    }
}
