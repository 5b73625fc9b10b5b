package org.myomap.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Pain before and after over a patient's sessions, for a front-end to plot. Sessions entered in error are
 * left out. The trend is the least-squares slope of the pain before each session, per session: at or below
 * -0.5 improving, at or above +0.5 worsening, otherwise stable; fewer than two sessions say too little.
 */
public record Progress(String patientRef, List<Point> sessions, Integer firstPainBefore, Integer latestPain,
        Integer changeSinceFirst, double slopePerSession, String trend) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(UUID sessionId, LocalDate date, int painBefore, Integer painAfter, Integer reliefInSession) {
    }

    static final double THRESHOLD = 0.5;

    static Progress of(String patientRef, List<Point> points) {
        if (points.isEmpty()) {
            return new Progress(patientRef, points, null, null, null, 0, "insufficient-data");
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        int latest = last.painAfter() != null ? last.painAfter() : last.painBefore();
        double slope = slope(points);
        String trend = points.size() < 2 ? "insufficient-data"
                : slope <= -THRESHOLD ? "improving" : slope >= THRESHOLD ? "worsening" : "stable";
        return new Progress(patientRef, points, first.painBefore(), latest, latest - first.painBefore(),
                Math.round(slope * 100) / 100.0, trend);
    }

    private static double slope(List<Point> points) {
        int n = points.size();
        if (n < 2) {
            return 0;
        }
        double meanX = (n - 1) / 2.0;
        double meanY = points.stream().mapToInt(Point::painBefore).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - meanX) * (points.get(i).painBefore() - meanY);
            den += (i - meanX) * (i - meanX);
        }
        return num / den;
    }
}
