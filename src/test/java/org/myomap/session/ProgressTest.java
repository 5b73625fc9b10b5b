package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static Progress.Point point(int day, int before, Integer after) {
        return new Progress.Point(UUID.randomUUID(), LocalDate.of(2026, 1, day), before, after, after == null ? null : before - after);
    }

    @Test
    void fallingPainIsImproving() {
        Progress p = Progress.of("P", List.of(point(1, 8, 5), point(8, 6, 4), point(15, 4, 2)));
        assertThat(p.trend()).isEqualTo("improving");
        assertThat(p.slopePerSession()).isEqualTo(-2.0);
        assertThat(p.changeSinceFirst()).isEqualTo(-6);
    }

    @Test
    void risingPainIsWorsening() {
        assertThat(Progress.of("P", List.of(point(1, 3, 2), point(8, 5, 4), point(15, 7, 6))).trend()).isEqualTo("worsening");
    }

    @Test
    void smallChangesAreStable() {
        assertThat(Progress.of("P", List.of(point(1, 5, 3), point(8, 6, 3), point(15, 5, 4))).trend()).isEqualTo("stable");
    }

    @Test
    void oneSessionSaysTooLittle() {
        Progress p = Progress.of("P", List.of(point(1, 5, null)));
        assertThat(p.trend()).isEqualTo("insufficient-data");
        assertThat(p.latestPain()).isEqualTo(5);
    }
}
