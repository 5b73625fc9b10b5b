package org.myomap.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.myomap.support.Contract;
import org.myomap.support.fuzz.FuzzRequest;
import org.myomap.support.fuzz.RequestGenerator;

/**
 * Requests generated from openapi/openapi.yaml for every operation, valid and broken, with and without tokens
 * of every role (issue #10). Whatever comes in: no 5xx, every error is problem+json, every answer matches the
 * contract, and afterwards the database holds exactly the sessions and versions the accepted requests wrote.
 *
 * <p>CI uses a fixed seed; {@code -Dfuzz.seed=random} (or a number) and {@code -Dfuzz.requests=N} on demand.
 * A failure prints the seed and the request that broke, so it can be replayed.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long DEFAULT_SEED = 20261127L;
    private static final int DEFAULT_REQUESTS = 10_000;

    @TestHTTPResource("/")
    URI base;
    @Inject
    AgroalDataSource database;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void generatedRequestsNeverGetA5xxAndTheDatabaseHoldsExactlyWhatWasAccepted() throws Exception {
        long seed = seed();
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        String clinic = "fuzz-" + UUID.randomUUID();
        RequestGenerator generator = new RequestGenerator(new Random(seed), contract(), clinic);
        Map<String, Integer> acceptedWrites = new HashMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();

        int sent = 0;
        for (; sent < requests && System.nanoTime() < deadline && failures.size() < 10; sent++) {
            FuzzRequest request = generator.next();
            HttpResponse<String> response = http.send(request.toHttp(base), HttpResponse.BodyHandlers.ofString());
            statuses.merge(request.operationId() + " " + response.statusCode(), 1, Integer::sum);
            String failure = check(request, response);
            if (failure != null) {
                failures.add("seed " + seed + ", request " + sent + ": " + request + "\n  -> " + response.statusCode() + " "
                        + abbreviate(response.body()) + "\n  " + failure);
                continue;
            }
            generator.learn(request, response);
            recordAcceptedWrite(request, response, acceptedWrites);
        }
        System.out.printf("Contract fuzz: %d requests, seed %d, %d sessions written%n%s%n", sent, seed, acceptedWrites.size(),
                String.join("\n", statuses.entrySet().stream().map(e -> "  " + e.getKey() + ": " + e.getValue()).toList()));

        assertThat(failures).as("responses that broke the rules").isEmpty();
        assertThat(sent).as("requests sent within the time bound").isEqualTo(requests);
        assertThat(storedVersions(clinic)).as("sessions and versions in the database").isEqualTo(acceptedWrites);
    }

    /** Why the response breaks the rules, or null. */
    private static String check(FuzzRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "a 5xx is a bug";
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            return "an error that is not problem+json";
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status).withBody(response.body());
        if (!contentType.isEmpty()) {
            answer.withContentType(contentType);
        }
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        ValidationReport report = Contract.VALIDATOR.validateResponse(request.contractPath(),
                Request.Method.valueOf(request.method()), answer.build());
        return report.hasErrors() ? "breaks the contract: " + report.getMessages() : null;
    }

    /** Versions each session should have: 1 at creation, +1 per accepted correction or entered-in-error. */
    private static void recordAcceptedWrite(FuzzRequest request, HttpResponse<String> response, Map<String, Integer> writes) {
        if (!request.ownClinic()) {
            return; // written to the other clinic, which the check below does not look at
        }
        boolean replay = response.headers().firstValue("Idempotent-Replayed").isPresent();
        if (request.operationId().equals("createSession") && response.statusCode() == 201 && !replay) {
            writes.put(RequestGenerator.idOf(response.body()), 1);
        }
        if ((request.operationId().equals("correctSession") || request.operationId().equals("markSessionEnteredInError"))
                && response.statusCode() == 200) {
            writes.merge(RequestGenerator.idOf(response.body()), 1, Integer::sum);
        }
    }

    private Map<String, Integer> storedVersions(String clinic) throws SQLException {
        Map<String, Integer> stored = new HashMap<>();
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("select s.id, s.version, (select count(*) from therapy_session_version v"
                        + " where v.session_id = s.id) as versions from therapy_session s where s.clinic_id = '" + clinic + "'")) {
            while (rows.next()) {
                assertThat(rows.getInt("versions")).as("every version kept").isEqualTo(rows.getInt("version"));
                stored.put(rows.getString("id"), rows.getInt("version"));
            }
        }
        return stored;
    }

    private static OpenAPI contract() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().read(Contract.FILE.toAbsolutePath().toString(), null, options);
    }

    private static long seed() {
        String seed = System.getProperty("fuzz.seed");
        if (seed == null || seed.isBlank()) {
            return DEFAULT_SEED;
        }
        return seed.equals("random") ? new Random().nextLong() : Long.parseLong(seed);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /** Lists the operations the generator covers, so a new endpoint cannot be left out silently. */
    @Test
    void everyOperationOfTheContractIsGenerated() {
        OpenAPI contract = contract();
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
            for (Operation operation : path.getValue().readOperations()) {
                operations.add(operation.getOperationId());
            }
        }
        RequestGenerator generator = new RequestGenerator(new Random(1), contract, "fuzz-coverage");
        assertThat(generator.operationIds()).containsExactlyInAnyOrderElementsOf(operations);
    }
}
