package org.myomap;

import io.quarkus.runtime.QuarkusApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The build's training run for the AppCDS archive ({@code -Dmyomap.appcds.training=true}, pom.xml's embedded-db
 * profile, with {@code -XX:ArchiveClassesAtExit}): the service starts as it does in production, asks itself
 * for readiness and for the database's preparation, the catalogue and a lookup in both languages, and exits, so
 * the JVM records every class a start and its first answers load. Quarkus' own archive
 * (quarkus.package.jar.appcds) stops at its static initialisation and held 6,000 of the 16,600 classes a start
 * loads; the rest were read from the jars and verified again at every start.
 */
public class AppCdsTraining implements QuarkusApplication {

    static final String PROPERTY = "myomap.appcds.training";
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);
    private static final String LOOKUP = """
            {"painAreas":[{"region":"sacroiliac-joint","side":"left"}],"aggravatedBy":["rolling-over-in-bed"],\
            "age":44,"onset":"recent","text":"pain in my lower back since I lifted a box, no numbness"}""";

    @Override
    public int run(String... args) throws IOException, InterruptedException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.port", Integer.class);
        URI base = URI.create("http://localhost:" + port);
        HttpClient http = HttpClient.newHttpClient();
        awaitReady(http, base.resolve("/q/health/ready"));
        // the schema's migration and the catalogue's store run after the start: their classes belong in the archive
        awaitReady(http, base.resolve("/q/health/group/database"));
        for (String language : new String[] {"en", "es"}) {
            expectOk(http, HttpRequest.newBuilder(base.resolve("/api/v1/catalogue"))
                    .header("Accept-Encoding", "gzip").header("Accept-Language", language).build());
            expectOk(http, HttpRequest.newBuilder(base.resolve("/api/v1/lookup"))
                    .header("Content-Type", "application/json").header("Accept-Language", language)
                    .POST(HttpRequest.BodyPublishers.ofString(LOOKUP)).build());
        }
        return 0;
    }

    private static void awaitReady(HttpClient http, URI ready) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The training run was not ready within " + READY_WITHIN);
            }
            Thread.sleep(50);
        }
    }

    private static void expectOk(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered " + status);
        }
    }
}
