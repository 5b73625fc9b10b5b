package org.myomap.catalogue.bodymap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The body map's drawing as written in {@code bodymap/shapes.yaml}, with every mirrored half made explicit: a
 * shape per region, view and side of the person, and the figure's outline per view. The file's header says how
 * its halves are mirrored; {@link MapView} says which side each half is.
 */
public final class Drawing {

    public static final String RESOURCE = "bodymap/shapes.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** One closed shape of a region; {@code side} is null for a region on the midline. */
    public record RegionShape(String region, MapView view, String side, Polygon polygon) {
    }

    /** The file's own shape: outlines of the front (also the back) and of the side, and the regions. */
    @RegisterForReflection
    record File(Map<String, Outline> outline, Map<String, List<Shape>> regions) {
    }

    @RegisterForReflection
    record Outline(List<String> whole, List<String> half) {
    }

    /** {@code view} is front, back or side (drawn in the right view, mirrored into the left). */
    @RegisterForReflection
    record Shape(String view, String points) {
    }

    private final String hash;
    private final List<RegionShape> shapes;
    private final Map<MapView, List<Polygon>> outlines;

    private Drawing(String hash, List<RegionShape> shapes, Map<MapView, List<Polygon>> outlines) {
        this.hash = hash;
        this.shapes = List.copyOf(shapes);
        this.outlines = outlines;
    }

    /** @param lateral whether a region has a left and a right (a midline region is drawn once, unmirrored) */
    public static Drawing fromClasspath(Predicate<String> lateral) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(in.readAllBytes(), lateral);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static Drawing read(byte[] yaml, Predicate<String> lateral) {
        File file;
        try {
            file = YAML.readValue(yaml, File.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(RESOURCE + " is not a valid drawing: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        List<RegionShape> shapes = new ArrayList<>();
        file.regions().forEach((region, list) -> list.forEach(shape -> place(region, shape, lateral.test(region), shapes)));
        Map<MapView, List<Polygon>> outlines = new EnumMap<>(MapView.class);
        for (MapView view : MapView.values()) {
            String kind = view == MapView.FRONT || view == MapView.BACK ? "front" : "side";
            Outline outline = file.outline().get(kind);
            List<Polygon> parts = new ArrayList<>();
            outline.whole().stream().map(Polygon::parse)
                    .forEach(p -> parts.add(view == MapView.LEFT ? p.mirrored() : p));
            Optional.ofNullable(outline.half()).orElse(List.of()).stream().map(Polygon::parse).forEach(p -> {
                parts.add(p);
                parts.add(p.mirrored());
            });
            outlines.put(view, List.copyOf(parts));
        }
        return new Drawing(sha256(yaml), shapes, outlines);
    }

    private static void place(String region, Shape shape, boolean lateral, List<RegionShape> into) {
        Polygon drawn = Polygon.parse(shape.points());
        switch (shape.view()) {
            case "front", "back" -> {
                MapView view = MapView.of(shape.view()).orElseThrow();
                if (lateral) {
                    into.add(new RegionShape(region, view, view.sideAt(0), drawn));
                    into.add(new RegionShape(region, view, view.sideAt(MapView.WIDTH), drawn.mirrored()));
                } else {
                    into.add(new RegionShape(region, view, null, drawn));
                }
            }
            case "side" -> {
                into.add(new RegionShape(region, MapView.RIGHT, lateral ? "right" : null, drawn));
                into.add(new RegionShape(region, MapView.LEFT, lateral ? "left" : null, drawn.mirrored()));
            }
            default -> throw new IllegalStateException(RESOURCE + ": " + region + " is drawn in an unknown view '"
                    + shape.view() + "' (front, back or side)");
        }
    }

    /** A hash of the file's bytes: a new drawing is a new representation even if the catalogue is unchanged. */
    public String hash() {
        return hash;
    }

    public List<RegionShape> shapes() {
        return shapes;
    }

    public List<RegionShape> shapesOf(String region) {
        return shapes.stream().filter(s -> s.region().equals(region)).toList();
    }

    /** Regions in the order the file draws them. */
    public List<String> regions() {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        shapes.forEach(s -> seen.put(s.region(), true));
        return List.copyOf(seen.keySet());
    }

    public List<Polygon> outline(MapView view) {
        return outlines.get(view);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
