package org.myomap.catalogue.bodymap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolygonTest {

    /** An L: the notch at the top right is outside though it lies within the bounding box. */
    private static final Polygon L_SHAPE = Polygon.parse("10,10 20,10 20,30 40,30 40,40 10,40");

    @Test
    void aPointInsideAConcaveShapeIsInsideAndOneInItsNotchIsNot() {
        assertThat(L_SHAPE.contains(15, 20)).isTrue();
        assertThat(L_SHAPE.contains(35, 35)).isTrue();
        assertThat(L_SHAPE.contains(30, 20)).isFalse();
        assertThat(L_SHAPE.contains(5, 20)).isFalse();
    }

    @Test
    void theMirrorImageContainsTheMirroredPointsOnly() {
        Polygon mirrored = L_SHAPE.mirrored();

        assertThat(mirrored.contains(MapView.WIDTH - 15, 20)).isTrue();
        assertThat(mirrored.contains(MapView.WIDTH - 30, 20)).isFalse();
        assertThat(mirrored.contains(15, 20)).isFalse();
    }

    @Test
    void svgNotationReadsBackToTheSameShape() {
        assertThat(Polygon.parse(L_SHAPE.svgPoints())).isEqualTo(L_SHAPE);
        assertThat(L_SHAPE.svgPoints()).isEqualTo("10,10 20,10 20,30 40,30 40,40 10,40");
    }
}
