package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.myomap.support.Tokens;

/**
 * Bursts that once drained the connection pool (each refusal audited on a second connection) or turned losing
 * writers into 500s: every answer is the one the caller should get (issue #10).
 */
@QuarkusTest
class ConcurrentAccessTest {

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void fortyEightConcurrentReadsOfUnknownSessionsAreAll404() {
        String token = Tokens.token("therapist-1", Sessions.newClinic(), "clinician");
        Map<Integer, Long> statuses = burst(48, i -> HttpRequest.newBuilder(base.resolve("/api/v1/sessions/" + UUID.randomUUID()))
                .header("Authorization", "Bearer " + token).GET());
        assertThat(statuses).containsExactly(Map.entry(404, 48L));
    }

    @Test
    void thirtyConcurrentCorrectionsOfOneVersionHaveOneWinnerAndTwentyNinePreconditionFailures() {
        String clinic = Sessions.newClinic();
        String id = Sessions.record(clinic, Sessions.body("P-CONC-1"));
        String token = Tokens.token("therapist-1", clinic, "clinician");
        String correction = Sessions.body("P-CONC-1", "2026-11-02", 7, 2);
        Map<Integer, Long> statuses = burst(30, i -> HttpRequest.newBuilder(base.resolve("/api/v1/sessions/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("If-Match", "\"v1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(correction)));
        assertThat(statuses).containsOnly(Map.entry(200, 1L), Map.entry(412, 29L));
    }

    private Map<Integer, Long> burst(int count, Function<Integer, HttpRequest.Builder> request) {
        List<CompletableFuture<Integer>> answers = IntStream.range(0, count)
                .mapToObj(i -> http.sendAsync(request.apply(i).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                        .thenApply(HttpResponse::statusCode))
                .toList();
        return answers.stream().map(CompletableFuture::join).collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }
}
