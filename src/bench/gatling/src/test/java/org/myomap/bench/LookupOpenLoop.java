package org.myomap.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Lookups at a constant arrival rate (an open workload): each request starts when it is due, whether or not
 * the earlier ones have been answered, so a stall shows in the percentiles instead of lowering the rate.
 * A warm-up ramping up to the rate runs first under another request name ("warm-up"), so the figures of "lookup"
 * are those of a warm service and a warm generator. Properties: url, bodies (JSON request bodies, one per
 * line, sent in turn), rate (requests per second), seconds, warmUp (seconds).
 */
public class LookupOpenLoop extends Simulation {

    private final String url = System.getProperty("url");
    private final int rate = Integer.getInteger("rate", 1000);
    private final int seconds = Integer.getInteger("seconds", 30);
    private final int warmUp = Integer.getInteger("warmUp", 10);
    private final List<String> bodies = read(Path.of(System.getProperty("bodies")));
    private final AtomicInteger next = new AtomicInteger();

    // One pool of kept-alive connections for all arrivals, as a busy front-end has; not one new connection each.
    private final HttpProtocolBuilder protocol = http.shareConnections().contentTypeHeader("application/json")
            .acceptHeader("application/json");

    private ScenarioBuilder lookups(String name) {
        Iterator<Map<String, Object>> feeder = Stream.generate(
                () -> Map.<String, Object>of("body", bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size())))).iterator();
        return scenario(name).feed(feeder)
                .exec(http(name).post(url).body(StringBody(session -> session.getString("body"))).check(status().is(200)));
    }

    {
        // The warm-up ramps up to the rate: at a full rate from its first second, this generator's own cold JIT
        // holds arrivals back and lets them go in bursts, each burst opening hundreds of new connections.
        setUp(lookups("warm-up").injectOpen(rampUsersPerSec(10).to(rate).during(Duration.ofSeconds(warmUp))),
                lookups("lookup").injectOpen(nothingFor(Duration.ofSeconds(warmUp)),
                        constantUsersPerSec(rate).during(Duration.ofSeconds(seconds))))
                .protocols(protocol);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
