package org.myomap.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients that write sessions concurrently with Idempotency-Keys and keep every answer: what was acknowledged
 * (201), and how each failure looked. A refused connection is a server that is not there; a connection that
 * broke after the request was sent is a reset, which a graceful shutdown must never cause. They behave as a
 * well-made HTTP client does: a 503 is retried no sooner than its Retry-After says. Every loop is bounded in
 * count; each request has time-outs.
 */
final class SessionWriters {

    static {
        // one connection per request: a reused connection that the server closed would look like a reset
        System.setProperty("http.keepAlive", "false");
        // and no silent second try of a POST whose connection broke: that would hide the reset this counts
        System.setProperty("sun.net.http.retryPost", "false");
    }

    /** The patient references of these writes: the log test looks for this marker. */
    static final String MARKER = "PMARK";
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    record Attempt(String key, String patientRef, String body) {
    }

    record Answer(int status, String id, boolean replayed) {
    }

    final List<Attempt> attempted = new CopyOnWriteArrayList<>();
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger resets = new AtomicInteger();
    final AtomicInteger unavailable = new AtomicInteger();
    final List<String> resetKinds = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    /** Starts writers against a service; each writes at most maxPerThread sessions. */
    void start(ServiceProcess service, String token, String round, int writers, int maxPerThread) {
        running.set(true);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < maxPerThread && running.get(); i++) {
                    String key = round + "-" + writer + "-" + i;
                    Attempt attempt = new Attempt(key, MARKER + "-" + key, body(MARKER + "-" + key, i));
                    attempted.add(attempt);
                    try {
                        Answer answer = post(service.uri("/api/v1/sessions"), token, attempt);
                        if (answer.status() == 201) {
                            acknowledged.put(key, answer.id());
                        } else if (answer.status() == 503) {
                            unavailable.incrementAndGet();
                            pause(2000);
                        }
                    } catch (ConnectException e) {
                        refused.incrementAndGet();
                        pause(50);
                    } catch (IOException e) {
                        resets.incrementAndGet();
                        resetKinds.add(System.currentTimeMillis() + " " + e);
                    }
                }
            }, "session-writer-" + writer);
            thread.start();
            threads.add(thread);
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        threads.clear();
    }

    static Answer post(URI uri, String token, Attempt attempt) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(2000);
        connection.setReadTimeout(30_000);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Idempotency-Key", attempt.key());
        connection.connect();
        try (OutputStream out = connection.getOutputStream()) {
            out.write(attempt.body().getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        String body = read(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
        Matcher id = ID.matcher(body);
        return new Answer(status, id.find() ? id.group(1) : null, "true".equals(connection.getHeaderField("Idempotent-Replayed")));
    }

    static Answer get(URI uri, String token) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(2000);
        connection.setReadTimeout(30_000);
        connection.setRequestProperty("Authorization", "Bearer " + token);
        int status = connection.getResponseCode();
        String body = read(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
        return new Answer(status, body, false);
    }

    private static String read(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The smallest valid session for a patient. */
    static String minimalBody(String patientRef) {
        return """
                {"patientRef":"%s","date":"2026-11-20","durationMinutes":40,"mode":"in-office",
                 "assessment":{"painBefore":5}}""".formatted(patientRef);
    }

    private static String body(String patientRef, int i) {
        return """
                {"patientRef":"%s","date":"2026-11-20","durationMinutes":40,"mode":"in-office",
                 "assessment":{"painBefore":%d,"painAreas":[{"region":"sacroiliac-joint","side":"left","pain":6}]},
                 "treatments":[{"muscle":"quadratus-lumborum","triggerPoint":"quadratus-lumborum-deep-upper","side":"left",
                 "technique":"pressure-release"}],"painAfter":3,"notes":"note for %s"}""".formatted(patientRef, i % 11, patientRef);
    }

    private void pause(long millis) {
        try {
            for (long slept = 0; slept < millis && running.get(); slept += 50) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
