package org.myomap.catalogue.bodymap;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four views of the body map. Each is {@link #WIDTH} by {@link #HEIGHT} map units, x to the right and y
 * down; the drawing writes one half of the person and mirrors it (x to {@code WIDTH - x}), so which side of the
 * person a half shows is a property of the view.
 */
public enum MapView {
    /** Facing the viewer: the person's right is on the viewer's left (anatomical convention). */
    FRONT("front", "right"),
    /** From behind: the person's left is on the viewer's left. */
    BACK("back", "left"),
    /** The person's right side; they face the viewer's right. */
    RIGHT("right", "right"),
    /** The person's left side, the mirror image of {@link #RIGHT}; they face the viewer's left. */
    LEFT("left", "left");

    public static final int WIDTH = 400;
    public static final int HEIGHT = 1000;

    private final String id;
    private final String sideOnViewersLeft;

    MapView(String id, String sideOnViewersLeft) {
        this.id = id;
        this.sideOnViewersLeft = sideOnViewersLeft;
    }

    public String id() {
        return id;
    }

    /** The person's side drawn at this x: in the side views the whole view shows one side. */
    public String sideAt(double x) {
        if (this == RIGHT || this == LEFT) {
            return sideOnViewersLeft;
        }
        return x < WIDTH / 2.0 ? sideOnViewersLeft : opposite(sideOnViewersLeft);
    }

    public static Optional<MapView> of(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }

    static String opposite(String side) {
        return "left".equals(side) ? "right" : "left";
    }
}
