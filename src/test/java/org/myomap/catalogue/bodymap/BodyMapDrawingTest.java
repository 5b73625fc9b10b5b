package org.myomap.catalogue.bodymap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.myomap.common.i18n.Language;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.CatalogueContent;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.catalogue.content.ContentFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The shipped drawing against the shipped catalogue, and that the check notices when they drift apart. */
class BodyMapDrawingTest {

    private static final CatalogueContent CONTENT = CatalogueReader.fromClasspath("catalogue").read();
    private static final Catalogue CATALOGUE = new Catalogue(CONTENT);

    private static Drawing drawingFor(Catalogue catalogue) {
        return Drawing.fromClasspath(id -> catalogue.region(id).map(ContentFile.Region::lateral).orElse(false));
    }

    @Test
    void everyLeafRegionIsDrawnAndEveryTriggerPointLiesInsideTheRegionItNames() {
        assertThat(new MapConsistency(CATALOGUE, drawingFor(CATALOGUE)).check()).isEmpty();
    }

    @Test
    void aTriggerPointMovedOutOfItsRegionIsReported() {
        Catalogue moved = withSoleusPositions(List.of(
                new ContentFile.Position("back", "left", 168, 300, "calf"))); // between the shoulder blades

        assertThat(new MapConsistency(moved, drawingFor(moved)).check())
                .containsExactly("soleus-tp1: (back 168,300, left) is not inside the shape of 'calf'");
    }

    @Test
    void aPositionOnTheWrongSideOfTheFigureIsReported() {
        Catalogue moved = withSoleusPositions(List.of(new ContentFile.Position("back", "right", 168, 862, "calf")));

        assertThat(new MapConsistency(moved, drawingFor(moved)).check())
                .containsExactly("soleus-tp1: (back 168,862) is on the person's left, not right");
    }

    @Test
    void aLeafRegionTheDrawingLacksIsReported() {
        List<ContentFile.Region> regions = new ArrayList<>(CONTENT.regions());
        regions.add(new ContentFile.Region("little-toe-nail", "Little toe nail", "foot", "front", true, List.of(), null, null));
        Catalogue grown = new Catalogue(new CatalogueContent(CONTENT.version(), regions, CONTENT.activities(),
                CONTENT.sources(), CONTENT.muscles(), CONTENT.complaints(), CONTENT.protocols(), CONTENT.origins()));

        assertThat(new MapConsistency(grown, drawingFor(grown)).check())
                .containsExactly("drawing: leaf region 'little-toe-nail' is drawn on sides [], expected [left, right] (null: on the midline)");
    }

    @Test
    void aTapLandsInOnePlaceOnlyNoTwoShapesOfAViewOverlap() {
        Drawing drawing = drawingFor(CATALOGUE);
        List<String> overlaps = new ArrayList<>();
        for (MapView view : MapView.values()) {
            List<Drawing.RegionShape> shapes = drawing.shapes().stream().filter(s -> s.view() == view).toList();
            // a grid off the whole numbers, so no sample sits exactly on an edge two shapes share
            for (double y = 0.37; y < MapView.HEIGHT; y += 2) {
                for (double x = 0.37; x < MapView.WIDTH; x += 2) {
                    double px = x;
                    double py = y;
                    List<String> hit = shapes.stream().filter(s -> s.polygon().contains(px, py))
                            .map(s -> s.region() + "/" + s.side()).toList();
                    if (hit.size() > 1) {
                        overlaps.add(view.id() + " " + hit);
                    }
                }
            }
        }
        assertThat(overlaps.stream().distinct().toList()).isEmpty();
    }

    @Test
    void theSvgHasAPolygonPerLeafAndSideAndAGroupPerParentEachWithTheRegionsName() throws Exception {
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                new SvgWriter(CATALOGUE, drawingFor(CATALOGUE), MapWords.fromClasspath().in(Language.DEFAULT)).write().getBytes(StandardCharsets.UTF_8)));

        NodeList polygons = svg.getElementsByTagName("polygon");
        Set<String> drawn = new TreeSet<>();
        for (int i = 0; i < polygons.getLength(); i++) {
            Element polygon = (Element) polygons.item(i);
            String region = polygon.getAttribute("data-region");
            if (!region.isEmpty()) {
                String side = polygon.getAttribute("data-side");
                drawn.add(region + (side.isEmpty() ? "" : "/" + side));
                String name = CATALOGUE.region(region).orElseThrow().name();
                assertThat(title(polygon)).isEqualTo(side.isEmpty() ? name : name + ", " + side);
            }
        }
        Set<String> expected = new TreeSet<>();
        CATALOGUE.regions().stream().filter(r -> CATALOGUE.children(r.id()).isEmpty()).forEach(r -> {
            if (r.lateral()) {
                expected.add(r.id() + "/left");
                expected.add(r.id() + "/right");
            } else {
                expected.add(r.id());
            }
        });
        assertThat(drawn).isEqualTo(expected);

        NodeList groups = svg.getElementsByTagName("g");
        Set<String> parents = new TreeSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (!group.getAttribute("data-region").isEmpty()) {
                parents.add(group.getAttribute("data-region"));
                assertThat(title(group)).isEqualTo(CATALOGUE.region(group.getAttribute("data-region")).orElseThrow().name());
            }
        }
        assertThat(parents).containsExactlyInAnyOrderElementsOf(CATALOGUE.regions().stream()
                .filter(r -> !CATALOGUE.children(r.id()).isEmpty()).map(ContentFile.Region::id).toList());
    }

    @Test
    void aLateralRegionInTheFrontViewIsOnThePersonsRightAtTheViewersLeft() {
        Drawing drawing = drawingFor(CATALOGUE);
        Drawing.RegionShape rightCheek = drawing.shapesOf("cheek").stream()
                .filter(s -> s.view() == MapView.FRONT && "right".equals(s.side())).findFirst().orElseThrow();
        Drawing.RegionShape rightCalf = drawing.shapesOf("calf").stream()
                .filter(s -> s.view() == MapView.BACK && "right".equals(s.side())).findFirst().orElseThrow();

        assertThat(rightCheek.polygon().points()).allMatch(p -> p.x() < MapView.WIDTH / 2.0);
        assertThat(rightCalf.polygon().points()).allMatch(p -> p.x() > MapView.WIDTH / 2.0);
    }

    private static String title(Element element) {
        Element first = (Element) element.getElementsByTagName("title").item(0);
        return first.getTextContent();
    }

    private static Catalogue withSoleusPositions(List<ContentFile.Position> positions) {
        List<ContentFile.Muscle> muscles = CONTENT.muscles().stream().map(m -> !m.id().equals("soleus") ? m
                : new ContentFile.Muscle(m.id(), m.name(), m.synonyms(), m.bodyArea(), m.summary(),
                        m.triggerPoints().stream().map(tp -> !tp.id().equals("soleus-tp1") ? tp
                                : new ContentFile.TriggerPoint(tp.id(), tp.name(), tp.location(), positions,
                                        tp.referralZones(), tp.symptoms(), tp.aggravatedBy(), tp.perpetuatingFactors(),
                                        tp.source(), tp.evidence())).toList())).toList();
        return new Catalogue(new CatalogueContent(CONTENT.version(), CONTENT.regions(), CONTENT.activities(),
                CONTENT.sources(), muscles, CONTENT.complaints(), CONTENT.protocols(), CONTENT.origins()));
    }
}
