package org.myomap.support;

import io.restassured.RestAssured;

/** Reads the Prometheus exposition at /q/metrics, as a scraper would. */
public final class Metrics {

    private Metrics() {
    }

    public static String scrape() {
        return RestAssured.given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The value of the sample whose name and labels are exactly {@code series}, 0 when it is not there yet. The
     * exposition may close the labels with ",}"; both forms are read.
     */
    public static double value(String series) {
        return scrape().lines().map(line -> line.replace(",}", "}")).filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip())).findFirst().orElse(0);
    }
}
