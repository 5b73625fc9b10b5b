package org.myomap.catalogue.bodymap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A closed shape of straight edges in one view's map units. */
public record Polygon(List<Point> points) {

    public record Point(double x, double y) {
    }

    public Polygon {
        if (points.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least three points, got " + points.size());
        }
        points = List.copyOf(points);
    }

    /** Reads SVG's own notation, {@code "x,y x,y ..."}. */
    public static Polygon parse(String text) {
        List<Point> points = new ArrayList<>();
        for (String pair : text.trim().split("\\s+")) {
            String[] xy = pair.split(",");
            if (xy.length != 2) {
                throw new IllegalArgumentException("'" + pair + "' is not an x,y pair");
            }
            points.add(new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
        }
        return new Polygon(points);
    }

    /** The same shape reflected across the view's vertical midline. */
    public Polygon mirrored() {
        List<Point> reflected = new ArrayList<>();
        for (int i = points.size() - 1; i >= 0; i--) { // reversed, so the winding stays the same
            reflected.add(new Point(MapView.WIDTH - points.get(i).x(), points.get(i).y()));
        }
        return new Polygon(reflected);
    }

    /**
     * Whether a point lies inside, by the even-odd rule SVG fills with (a ray to the right crosses the edges an
     * odd number of times). A point exactly on an edge may count either way: positions keep clear of edges.
     */
    public boolean contains(double x, double y) {
        boolean inside = false;
        for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
            Point a = points.get(i);
            Point b = points.get(j);
            if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The points as SVG writes them. */
    public String svgPoints() {
        StringBuilder text = new StringBuilder();
        for (Point p : points) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(number(p.x())).append(',').append(number(p.y()));
        }
        return text.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
