package org.myomap.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.myomap.support.Tokens;

/** The packaged service (target/quarkus-app) as its own process, started, killed and stopped as in production. */
final class ServiceProcess implements AutoCloseable {

    static final Path DIR = Path.of("target", "fault");
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    final int port;
    final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the service and waits until it is ready and its database prepared (migrated after the start), so
     * that session endpoints answer; extra environment variables override the defaults.
     */
    static ServiceProcess start(String name, Map<String, String> environment) throws IOException, InterruptedException {
        ServiceProcess service = startReady(name, environment);
        service.await("/q/health/group/database", Duration.ofSeconds(120));
        return service;
    }

    /** Starts the service and waits until it is ready (the catalogue published), whatever its database does. */
    static ServiceProcess startReady(String name, Map<String, String> environment) throws IOException, InterruptedException {
        ServiceProcess service = launch(name, environment);
        service.await("/q/health/ready", Duration.ofSeconds(120));
        return service;
    }

    /** Starts the service without waiting for anything. */
    static ServiceProcess launch(String name, Map<String, String> environment) throws IOException {
        Files.createDirectories(DIR);
        int port = freePort();
        Path log = DIR.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString());
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", Tokens.publicKey().toString(),
                "MYOMAP_SHUTDOWN_TIMEOUT", "10S"));
        env.putAll(environment);
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        return new ServiceProcess(builder.start(), port, log);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A GET of the path, with a bearer token unless null; short time-outs, so that nothing hangs a test. */
    HttpURLConnection open(String path, String token) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri(path).toURL().openConnection();
        connection.setConnectTimeout(2000);
        connection.setReadTimeout(10_000);
        if (token != null) {
            connection.setRequestProperty("Authorization", "Bearer " + token);
        }
        return connection;
    }

    /** A lookup of a lay text, which the service answers from memory. */
    HttpURLConnection lookup() throws IOException {
        HttpURLConnection lookup = open("/api/v1/lookup", null);
        lookup.setRequestMethod("POST");
        lookup.setDoOutput(true);
        lookup.setRequestProperty("Content-Type", "application/json");
        lookup.getOutputStream().write("{\"text\":\"pain in my tailbone when I sit\"}".getBytes(StandardCharsets.UTF_8));
        return lookup;
    }

    private void await(String health, Duration limit) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited during start-up; see " + log);
            }
            try {
                HttpURLConnection ready = (HttpURLConnection) uri(health).toURL().openConnection();
                ready.setConnectTimeout(1000);
                ready.setReadTimeout(5000);
                if (ready.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The service's " + health + " was not UP within " + limit + "; see " + log);
    }

    /** SIGKILL: no shutdown hook runs, the embedded postmaster is orphaned. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the graceful path; returns whether the process ended within the limit. */
    boolean terminate(Duration limit) throws InterruptedException {
        process.destroy();
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The exit code once the process ended by itself within the limit, else empty. */
    Optional<Integer> exitWithin(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL of the embedded PostgreSQL's postmaster, found through its data directory. */
    static void killPostmaster(Path dataDir) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
        postmaster.ifPresent(ProcessHandle::destroyForcibly);
        if (postmaster.isPresent()) {
            postmaster.get().onExit().join();
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive() && !terminate(Duration.ofSeconds(30))) {
            kill();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** An empty data directory under target/fault for one test's database. */
    static Path freshDataDir(String name) throws IOException {
        Path dir = DIR.resolve(name).toAbsolutePath();
        deleteRecursively(dir);
        return dir;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    static List<String> lines(String text, String marker) {
        return text.lines().filter(line -> line.contains(marker)).limit(5).toList();
    }
}
