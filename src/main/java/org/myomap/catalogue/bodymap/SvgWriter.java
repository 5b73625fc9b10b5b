package org.myomap.catalogue.bodymap;

import java.util.List;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.ContentFile.Region;

/**
 * Writes the body map as one SVG document: the four views side by side, each a nested {@code <svg
 * data-view>} with its own 400 x 1000 coordinate system, so a client can show one view alone by setting the
 * outer {@code viewBox} to that view's frame. In each view, regions are nested as the catalogue nests them:
 * a parent region is a {@code <g data-region>} and a leaf region is a {@code <polygon data-region data-side>},
 * each with a {@code <title>} from the region's name. Styling is by presentation attributes only, which any
 * page's CSS overrides.
 */
final class SvgWriter {

    private static final String REGION_FILL = "#f4ede6";
    private static final String REGION_STROKE = "#a08e80";
    private static final String OUTLINE_FILL = "#e3d8ce";

    private final Catalogue catalogue;
    private final Drawing drawing;
    private final MapWords words;

    /** @param catalogue the catalogue in the language of {@code words}, whose region names the shapes carry */
    SvgWriter(Catalogue catalogue, Drawing drawing, MapWords words) {
        this.catalogue = catalogue;
        this.drawing = drawing;
        this.words = words;
    }

    String write() {
        int views = MapView.values().length;
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(views * MapView.WIDTH)
                .append(' ').append(MapView.HEIGHT).append("\" role=\"img\" aria-labelledby=\"body-map-title\"")
                .append(" data-catalogue-version=\"").append(escape(catalogue.version())).append("\">\n")
                .append("<title id=\"body-map-title\">").append(escape(words.title())).append("</title>\n")
                .append("<desc>").append(escape(words.description())).append("</desc>\n");
        MapView[] all = MapView.values();
        for (int i = 0; i < all.length; i++) {
            view(all[i], i * MapView.WIDTH, svg);
        }
        return svg.append("</svg>\n").toString();
    }

    private void view(MapView view, int offset, StringBuilder svg) {
        MapWords.Labels labels = words.labels(view);
        svg.append("<svg data-view=\"").append(view.id()).append("\" x=\"").append(offset)
                .append("\" y=\"0\" width=\"").append(MapView.WIDTH).append("\" height=\"").append(MapView.HEIGHT)
                .append("\" viewBox=\"0 0 ").append(MapView.WIDTH).append(' ').append(MapView.HEIGHT)
                .append("\" role=\"group\" aria-label=\"").append(escape(labels.title())).append("\">\n");
        svg.append("<g aria-hidden=\"true\" fill=\"").append(OUTLINE_FILL).append("\">");
        drawing.outline(view).forEach(p -> svg.append("<polygon points=\"").append(p.svgPoints()).append("\"/>"));
        svg.append("</g>\n<g aria-hidden=\"true\" font-family=\"sans-serif\" font-size=\"14\" fill=\"#5a4a3e\">")
                .append("<text x=\"8\" y=\"16\" font-weight=\"bold\">").append(escape(labels.title())).append("</text>")
                .append("<text x=\"8\" y=\"994\">").append(escape(labels.viewerLeft())).append("</text>")
                .append("<text x=\"392\" y=\"994\" text-anchor=\"end\">").append(escape(labels.viewerRight()))
                .append("</text></g>\n");
        for (Region root : catalogue.roots()) {
            region(root, view, svg);
        }
        svg.append("</svg>\n");
    }

    private void region(Region region, MapView view, StringBuilder svg) {
        List<Region> children = catalogue.children(region.id());
        if (children.isEmpty()) {
            for (Drawing.RegionShape shape : drawing.shapesOf(region.id())) {
                if (shape.view() == view) {
                    leaf(region, shape, svg);
                }
            }
            return;
        }
        if (!drawnIn(region, view)) {
            return;
        }
        svg.append("<g data-region=\"").append(region.id()).append("\"><title>").append(escape(region.name()))
                .append("</title>\n");
        children.forEach(child -> region(child, view, svg));
        svg.append("</g>\n");
    }

    private void leaf(Region region, Drawing.RegionShape shape, StringBuilder svg) {
        String name = shape.side() == null ? region.name() : region.name() + ", " + words.side(shape.side());
        svg.append("<polygon data-region=\"").append(region.id()).append('"');
        if (shape.side() != null) {
            svg.append(" data-side=\"").append(shape.side()).append('"');
        }
        svg.append(" points=\"").append(shape.polygon().svgPoints()).append("\" fill=\"").append(REGION_FILL)
                .append("\" stroke=\"").append(REGION_STROKE).append("\" stroke-width=\"1\"><title>")
                .append(escape(name)).append("</title></polygon>\n");
    }

    private boolean drawnIn(Region region, MapView view) {
        return catalogue.regionAndDescendants(region.id()).stream()
                .anyMatch(id -> drawing.shapesOf(id).stream().anyMatch(s -> s.view() == view));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
