import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator (constant arrival rate): request i is due at start + i / rate whether or not
 * earlier ones have been answered, and its latency is counted from when it was due, not from when it could be
 * sent, so a stall shows in the percentiles instead of quietly lowering the rate (no coordinated omission).
 * JDK only, run as a single-file program: java src/bench/OpenLoop.java URL BODIES RATE SECONDS [WARM_UP_SECONDS].
 * POSTs the JSON bodies of the file (one per line) in turn; prints the achieved rate and latency percentiles of
 * the measured part, after a warm-up at the same rate (default 5 s) that warms this generator's own JIT too.
 */
public class OpenLoop {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        List<String> bodies = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank()).toList();
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        if (warmUp > 0) {
            run(client, uri, bodies, rate, warmUp, false);
        }
        run(client, uri, bodies, rate, seconds, true);
        System.exit(0);
    }

    private static void run(HttpClient client, URI uri, List<String> bodies, int rate, int seconds, boolean report)
            throws InterruptedException {
        int total = rate * seconds;
        long[] latency = new long[total];
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                latency[n] = System.nanoTime() - due;
                if (error != null || response.statusCode() != 200) {
                    failed.incrementAndGet();
                }
                done.countDown();
            });
        }
        long sent = System.nanoTime();
        done.await();
        if (!report) {
            return;
        }
        Arrays.sort(latency);
        System.out.printf("requests %d in %.1f s (%.0f req/s scheduled, %.0f req/s sent), failed %d%n", total,
                (sent - start) / 1e9, (double) rate, total / ((sent - start) / 1e9), failed.get());
        for (double p : new double[] {50, 90, 99, 99.9, 100}) {
            System.out.printf("  p%-5s %8.2f ms%n", p == 100 ? "max" : String.valueOf(p).replace(".0", ""),
                    latency[Math.min(total - 1, (int) Math.ceil(p / 100 * total) - 1)] / 1e6);
        }
    }
}
