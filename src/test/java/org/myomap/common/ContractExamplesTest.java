package org.myomap.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.myomap.support.Contract;
import org.myomap.support.Tokens;

/**
 * The response examples of the contract are answers of the real service, so they cannot rot. Each entry of
 * {@code components/examples} that documents a response says, in {@code x-captured}, the request that produced it;
 * this test sends that request and requires the example to be exactly the answer, except for values that differ
 * on every run (ids, timestamps, the catalogue version, cursors), which must still have the same form. A change
 * of behaviour or of catalogue content that touches an example fails here, with the new answer as YAML to paste.
 */
@QuarkusTest
class ContractExamplesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final YAMLMapper PRINTER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();
    /** Dates and timestamps stay strings when the YAML is pasted back (YAML 1.1 would read them as dates). */
    private static final Pattern UNQUOTED_DATE = Pattern.compile("(?m)(:|-) (\\d{4}-\\d{2}-\\d{2}\\S*)$");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Values that differ from run to run; an example holds one of the same form. */
    private static final List<Pattern> VOLATILE = List.of(
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"));
    /** Fields whose value depends on the catalogue content or the position in the data, not on the request. */
    private static final List<String> VOLATILE_FIELDS = List.of("catalogueVersion", "next");

    @Test
    void everyResponseExampleIsTheServicesRealAnswer() throws IOException {
        JsonNode contract = YAML.readTree(Contract.FILE.toFile());
        JsonNode examples = contract.path("components").path("examples");
        String clinic = "examples-" + UUID.randomUUID();
        List<String> stale = new ArrayList<>();
        int captured = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = examples.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> example = it.next();
            JsonNode capture = example.getValue().get("x-captured");
            if (capture == null) {
                continue;
            }
            captured++;
            Response response = send(capture, examples, clinic);
            JsonNode real = JSON.readTree(response.asString());
            String mismatch = response.statusCode() != capture.path("status").asInt()
                    ? "status " + response.statusCode() + " instead of " + capture.path("status").asInt()
                    : difference("", example.getValue().path("value"), real);
            if (mismatch != null) {
                stale.add(example.getKey() + " (" + capture.path("request").asText() + "): " + mismatch
                        + "\n  the service answers (paste as its value):\n" + indent(UNQUOTED_DATE.matcher(PRINTER.writeValueAsString(real)).replaceAll("$1 '$2'")));
            }
        }
        assertThat(captured).as("examples captured from the service").isGreaterThanOrEqualTo(8);
        assertThat(stale).as("examples that are no longer what the service answers").isEmpty();
    }

    /** Every example under a response is one of the captured ones, so none escapes the check above. */
    @Test
    void everyResponseExampleIsCaptured() throws IOException {
        JsonNode contract = YAML.readTree(Contract.FILE.toFile());
        List<String> uncaptured = new ArrayList<>();
        List<JsonNode> responses = new ArrayList<>();
        contract.path("paths").forEach(path -> path.forEach(operation -> operation.path("responses").forEach(responses::add)));
        contract.path("components").path("responses").forEach(responses::add);
        for (JsonNode response : responses) {
            response.path("content").forEach(media -> {
                if (media.has("example")) {
                    uncaptured.add("an inline example: " + media.get("example"));
                }
                media.path("examples").forEach(example -> {
                    String ref = example.path("$ref").asText();
                    JsonNode target = contract.at(ref.replaceFirst("^#", ""));
                    if (!target.has("x-captured")) {
                        uncaptured.add(ref.isEmpty() ? "an inline example" : ref);
                    }
                });
            });
        }
        assertThat(uncaptured).as("response examples not captured from the service").isEmpty();
    }

    private static Response send(JsonNode capture, JsonNode examples, String clinic) {
        String[] request = capture.path("request").asText().split(" ", 2);
        int status = capture.path("status").asInt();
        // a request that breaks the contract on purpose is not checked; every answer is
        RequestSpecification spec = status < 400 ? Contract.api() : Contract.invalidRequest();
        if (capture.has("caller")) {
            spec.header("Authorization", "Bearer " + Tokens.token("therapist-example", clinic, capture.path("caller").asText()));
        }
        JsonNode body = capture.has("bodyFrom") ? examples.path(capture.path("bodyFrom").asText()).path("value") : capture.get("body");
        if (body != null) {
            spec.contentType(capture.path("contentType").asText("application/json")).body(body.isTextual() ? body.asText() : body.toString());
        }
        return spec.request(request[0], request[1]);
    }

    /** Where the example differs from the real answer, or null. */
    private static String difference(String at, JsonNode example, JsonNode real) {
        if (example.isObject() && real.isObject()) {
            List<String> names = new ArrayList<>();
            example.fieldNames().forEachRemaining(names::add);
            List<String> realNames = new ArrayList<>();
            real.fieldNames().forEachRemaining(realNames::add);
            if (!names.equals(realNames)) {
                return at + ": fields " + names + " instead of " + realNames;
            }
            for (String name : names) {
                String inner = VOLATILE_FIELDS.contains(name) && example.get(name).isTextual() && real.get(name).isTextual()
                        ? null : difference(at + "." + name, example.get(name), real.get(name));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (example.isArray() && real.isArray()) {
            if (example.size() != real.size()) {
                return at + ": " + example.size() + " items instead of " + real.size();
            }
            for (int i = 0; i < example.size(); i++) {
                String inner = difference(at + "[" + i + "]", example.get(i), real.get(i));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (example.isTextual() && real.isTextual() && sameVolatileForm(example.asText(), real.asText())) {
            return null;
        }
        boolean same = example.isNumber() && real.isNumber() ? example.decimalValue().compareTo(real.decimalValue()) == 0 : example.equals(real);
        return same ? null : at + ": " + example + " instead of " + real;
    }

    /** Both are the same text once ids and timestamps are blanked out (a problem's detail may quote an id). */
    private static boolean sameVolatileForm(String example, String real) {
        String a = example;
        String b = real;
        for (Pattern pattern : VOLATILE) {
            a = pattern.matcher(a).replaceAll("<volatile>");
            b = pattern.matcher(b).replaceAll("<volatile>");
        }
        return a.equals(b);
    }

    private static String indent(String yaml) {
        return yaml.lines().map(line -> "    " + line).reduce((x, y) -> x + "\n" + y).orElse("");
    }
}
