package org.myomap.catalogue.bodymap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.catalogue.content.ContentFile.Position;

/**
 * What keeps the drawing and the catalogue from drifting apart: every leaf region drawn (a left and a right
 * shape when it is lateral, one midline shape when not), nothing drawn that the catalogue does not have, and
 * every trigger point placed, each position on the side it names and inside a shape of the region it names.
 */
public final class MapConsistency {

    private final Catalogue catalogue;
    private final Drawing drawing;

    public MapConsistency(Catalogue catalogue, Drawing drawing) {
        this.catalogue = catalogue;
        this.drawing = drawing;
    }

    /** @return one line per problem, naming the region or trigger point; empty when the two agree */
    public List<String> check() {
        List<String> errors = new ArrayList<>();
        for (String region : drawing.regions()) {
            Optional<ContentFile.Region> known = catalogue.region(region);
            if (known.isEmpty()) {
                errors.add("drawing: region '" + region + "' is not in the catalogue");
            } else if (!catalogue.children(region).isEmpty()) {
                errors.add("drawing: region '" + region + "' has sub-regions; only leaf regions are drawn");
            }
        }
        for (ContentFile.Region region : catalogue.regions()) {
            if (catalogue.children(region.id()).isEmpty()) {
                Set<String> sides = new TreeSet<>();
                drawing.shapesOf(region.id()).forEach(s -> sides.add(String.valueOf(s.side())));
                Set<String> expected = region.lateral() ? Set.of("left", "right") : Set.of("null");
                if (!sides.equals(expected)) {
                    errors.add("drawing: leaf region '" + region.id() + "' is drawn on sides " + sides
                            + ", expected " + new TreeSet<>(expected) + " (null: on the midline)");
                }
            }
        }
        for (ContentFile.Muscle muscle : catalogue.muscles()) {
            for (ContentFile.TriggerPoint tp : muscle.triggerPoints()) {
                checkPositions(tp, errors);
            }
        }
        return errors;
    }

    private void checkPositions(ContentFile.TriggerPoint tp, List<String> errors) {
        List<Position> positions = tp.positions() == null ? List.of() : tp.positions();
        if (positions.isEmpty()) {
            errors.add(tp.id() + ": has no position on the body map");
        }
        for (Position p : positions) {
            Optional<MapView> view = MapView.of(p.view());
            if (view.isEmpty()) {
                errors.add(tp.id() + ": unknown view '" + p.view() + "'");
            } else if (!view.get().sideAt(p.x()).equals(p.side())) {
                errors.add(tp.id() + ": (" + p.view() + " " + p.x() + "," + p.y() + ") is on the person's "
                        + view.get().sideAt(p.x()) + ", not " + p.side());
            } else if (drawing.shapesOf(p.region()).stream().noneMatch(shape -> shape.view() == view.get()
                    && (shape.side() == null || shape.side().equals(p.side()))
                    && shape.polygon().contains(p.x(), p.y()))) {
                errors.add(tp.id() + ": (" + p.view() + " " + p.x() + "," + p.y() + ", " + p.side()
                        + ") is not inside the shape of '" + p.region() + "'");
            }
        }
    }
}
