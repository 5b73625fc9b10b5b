package org.myomap.support.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.myomap.support.Tokens;

/**
 * Generates requests for every operation of the contract from its parameters and schemas: values the contract
 * allows, values it forbids (wrong types, out of range, too long, NUL, unpaired surrogates, unknown fields and
 * parameters, duplicate keys, truncated JSON), and callers of every kind. It learns the sessions it created so
 * later reads, corrections and idempotent retries aim at real ones.
 */
public final class RequestGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SURROGATE = "\u0001SURROGATE\u0001";
    /** Real catalogue ids, so that some generated sessions are accepted (the schema's Id pattern alone gives 422). */
    private static final Map<String, List<String>> IDS = Map.of(
            "region", List.of("sacroiliac-joint", "greater-trochanter", "lower-back", "buttock", "neck", "no-such-region"),
            "muscle", List.of("quadratus-lumborum", "gluteus-medius", "piriformis", "no-such-muscle"),
            "triggerPoint", List.of("quadratus-lumborum-deep-upper", "gluteus-medius-tp1", "no-such-tp"),
            "protocols", List.of("quadratus-lumborum-self-care", "no-such-protocol"),
            "aggravatedBy", List.of("sitting", "rolling-over-in-bed", "walking", "no-such-activity"));
    private static final List<String> TEXT = List.of("pain in my tailbone when I sit", "low back pain, no numbness, no fever",
            "ache across the belt line", "Responded well", "sharp pain down the back of the leg", "", " ", "ü ñ 中文 😀");

    private record Target(String path, String method, Operation operation) {
    }

    private final Random random;
    private final String clinic;
    private final List<Target> targets = new ArrayList<>();
    private final Map<String, Integer> sessions = new LinkedHashMap<>();
    private final List<String> patients = new ArrayList<>(List.of("P-FUZZ-1", "P-FUZZ-2", "P-FUZZ-3"));
    private final Map<String, String> tokens = new HashMap<>();

    public RequestGenerator(Random random, OpenAPI contract, String clinic) {
        this.random = random;
        this.clinic = clinic;
        for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, operation) ->
                    targets.add(new Target(path.getKey(), method.name(), operation)));
        }
        tokens.put("clinician", Tokens.token("fuzz-clinician", clinic, "clinician"));
        tokens.put("admin", Tokens.token("fuzz-admin", clinic, "clinic-admin"));
        tokens.put("integration", Tokens.token("fuzz-partner", clinic, "integration"));
        tokens.put("patient", Tokens.patientToken("fuzz-patient", clinic, "P-FUZZ-1"));
        tokens.put("other-clinic", Tokens.token("fuzz-other", "fuzz-other-" + clinic.hashCode(), "clinician", "clinic-admin"));
        tokens.put("no-clinic", Tokens.signed(Tokens.claims("fuzz-nobody").groups(Set.of("clinician"))));
        tokens.put("forged", Tokens.forgedToken("fuzz-forger", clinic, "clinician"));
    }

    public Set<String> operationIds() {
        return targets.stream().map(t -> t.operation().getOperationId()).collect(Collectors.toSet());
    }

    public FuzzRequest next() {
        // writes are drawn more often than reads: they are where state can go wrong
        Target target = targets.get(random.nextInt(targets.size()));
        if (random.nextInt(4) == 0) {
            target = targets.stream().filter(t -> t.operation().getOperationId().equals(pick(List.of("createSession", "correctSession",
                    "markSessionEnteredInError")))).findFirst().orElse(target);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String caller = pick(List.of("clinician", "clinician", "clinician", "integration", "admin", "patient", "none", "garbage",
                "forged", "no-clinic", "other-clinic"));
        switch (caller) {
            case "none" -> { }
            case "garbage" -> headers.put("Authorization", pick(List.of("Bearer abc", "Bearer a.b.c", "Basic Zm9vOmJhcg==", "Bearer ")));
            default -> headers.put("Authorization", "Bearer " + tokens.get(caller));
        }
        String path = target.path();
        StringBuilder query = new StringBuilder();
        List<Parameter> parameters = target.operation().getParameters() == null ? List.of() : target.operation().getParameters();
        for (Parameter parameter : parameters) {
            String value = parameterValue(parameter);
            switch (parameter.getIn()) {
                case "path" -> path = path.replace("{" + parameter.getName() + "}", encode(value));
                case "query" -> {
                    if (value != null) {
                        query.append(query.isEmpty() ? "?" : "&").append(parameter.getName()).append('=').append(encode(value));
                    }
                }
                case "header" -> {
                    if (value != null) {
                        // an HTTP client sends only visible ASCII in a header; anything else is the client's error
                        headers.put(parameter.getName(), value.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? value : "x");
                    }
                }
                default -> { }
            }
        }
        if (random.nextInt(15) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append(pick(List.of("patientRef", "limit", "foo", "q"))).append("=x");
        }
        String body = null;
        if (target.operation().getRequestBody() != null) {
            MediaType media = target.operation().getRequestBody().getContent().get("application/json");
            body = body(target.operation().getOperationId(), media.getSchema());
            headers.put("Content-Type", random.nextInt(25) == 0 ? pick(List.of("text/plain", "application/xml")) : "application/json");
        }
        if (random.nextInt(20) == 0) {
            headers.put("Accept", pick(List.of("text/html", "application/xml", "*/*", "application/json")));
        }
        return new FuzzRequest(target.operation().getOperationId(), target.method(), target.path(), path + query, headers, body,
                !Set.of("other-clinic").contains(caller));
    }

    /** Remembers the sessions the service created and their current version. */
    public void learn(FuzzRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        if (request.ownClinic() && (status == 200 || status == 201) && Set.of("createSession", "correctSession", "markSessionEnteredInError",
                "getSession").contains(request.operationId())) {
            sessions.put(idOf(response.body()), versionOf(response.body()));
        }
    }

    public static String idOf(String sessionJson) {
        return read(sessionJson).path("id").asText();
    }

    private static int versionOf(String sessionJson) {
        return read(sessionJson).path("version").asInt();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private String parameterValue(Parameter parameter) {
        String name = parameter.getName();
        boolean required = Boolean.TRUE.equals(parameter.getRequired());
        if (name.equals("id")) {
            return random.nextInt(10) < 6 && !sessions.isEmpty() ? pick(new ArrayList<>(sessions.keySet()))
                    : random.nextBoolean() ? UUID.randomUUID().toString() : brokenText(40);
        }
        if (name.equals("patientRef") || name.equals("patient")) {
            if (!required && random.nextInt(3) == 0) {
                return null;
            }
            return random.nextInt(4) > 0 ? pick(patients) : brokenText(80);
        }
        if (name.equals("If-Match")) {
            if (random.nextInt(8) == 0) {
                return null;
            }
            return random.nextInt(3) > 0 && !sessions.isEmpty() ? "\"v" + pick(new ArrayList<>(sessions.values())) + "\""
                    : pick(List.of("*", "W/\"v1\"", "\"v1\"", "\"v99\"", "garbage", "\"v1\", \"v2\""));
        }
        if (name.equals("Idempotency-Key")) {
            return random.nextInt(3) == 0 ? null : random.nextInt(3) > 0 ? "key-" + random.nextInt(6) : brokenHeader();
        }
        if (!required && random.nextInt(2) == 0) {
            return null;
        }
        if (random.nextInt(5) == 0) {
            return random.nextBoolean() ? brokenText(3000) : pick(List.of("-1", "abc", "99999999999", "-999999999-01-01", "1e3", ""));
        }
        JsonNode value = valid(parameter.getSchema(), name, 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private String body(String operationId, Schema<?> schema) {
        int kind = random.nextInt(10);
        JsonNode node;
        if (kind < 4) {
            node = goodBody(operationId, schema);
        } else if (kind < 6) {
            node = valid(schema, "body", 0);
        } else {
            node = broken(goodBody(operationId, schema));
        }
        String json = serialize(node);
        return switch (random.nextInt(30)) {
            case 0 -> json.substring(0, json.length() / 2);
            case 1 -> json.replaceFirst("\\{\"(\\w+)\":", "{\"$1\": 1, \"$1\":");
            case 2 -> pick(List.of("", "null", "[]", "42", "{", "\"text\"", "{\"a\":}"));
            default -> json;
        };
    }

    /** A body the service should accept (or 422 only for a catalogue reference it does not know). */
    private JsonNode goodBody(String operationId, Schema<?> schema) {
        ObjectNode body = NODES.objectNode();
        switch (operationId) {
            case "createSession", "correctSession" -> {
                String patient = pick(patients);
                body.put("patientRef", patient).put("date", LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330)).toString())
                        .put("durationMinutes", 1 + random.nextInt(120)).put("mode", pick(List.of("in-office", "telehealth")));
                ObjectNode assessment = body.putObject("assessment").put("painBefore", random.nextInt(11));
                assessment.putArray("painAreas").addObject().put("region", pick(IDS.get("region")))
                        .put("side", pick(List.of("left", "right", "both"))).put("pain", random.nextInt(11));
                if (random.nextBoolean()) {
                    body.putArray("treatments").addObject().put("muscle", "quadratus-lumborum")
                            .put("triggerPoint", "quadratus-lumborum-deep-upper").put("side", "left").put("technique", "pressure-release");
                }
                if (random.nextBoolean()) {
                    body.put("painAfter", random.nextInt(11));
                }
                if (random.nextInt(3) == 0) {
                    body.putObject("homeCare").putArray("protocols").add("quadratus-lumborum-self-care");
                }
                if (random.nextInt(3) == 0) {
                    body.put("notes", pick(TEXT));
                }
            }
            case "markSessionEnteredInError" -> body.put("reason", pick(List.of("Wrong patient", "Duplicate entry", "x")));
            default -> {
                return valid(schema, "body", 0);
            }
        }
        return body;
    }

    /** A value the schema allows. */
    private JsonNode valid(Schema<?> schema, String name, int depth) {
        if (schema == null) {
            return NODES.textNode("x");
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            Object value = pick(new ArrayList<>(schema.getEnum()));
            return value instanceof Number number ? NODES.numberNode(number.longValue()) : NODES.textNode(String.valueOf(value));
        }
        String type = schema.getType() == null ? (schema.getProperties() != null ? "object" : "string") : schema.getType();
        return switch (type) {
            case "integer" -> NODES.numberNode(between(schema.getMinimum(), schema.getMaximum(), 0, 100));
            case "number" -> NODES.numberNode(random.nextDouble() * 10);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int max = schema.getMaxItems() == null ? 3 : Math.min(3, schema.getMaxItems());
                int items = depth > 3 ? 0 : random.nextInt(max + 1);
                for (int i = 0; i < items; i++) {
                    array.add(valid(schema.getItems(), name, depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (schema.getProperties() != null && depth < 5) {
                    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                    schema.getProperties().forEach((property, propertySchema) -> {
                        if (required.contains(property) || random.nextBoolean()) {
                            object.set(property, valid(propertySchema, property, depth + 1));
                        }
                    });
                }
                yield object;
            }
            default -> NODES.textNode(text(schema, name));
        };
    }

    private String text(Schema<?> schema, String name) {
        if ("date".equals(schema.getFormat())) {
            return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2900)).toString();
        }
        if (IDS.containsKey(name)) {
            return pick(IDS.get(name));
        }
        if (schema.getPattern() != null && schema.getPattern().startsWith("^[A-Za-z0-9]")) {
            return pick(patients);
        }
        if (schema.getPattern() != null) {
            return pick(List.of("piriformis", "sacroiliac-joint", "no-such-thing"));
        }
        String text = pick(TEXT);
        int max = schema.getMaxLength() == null ? 200 : schema.getMaxLength();
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        if (text.length() < min) {
            text = text + "x".repeat(min - text.length());
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** The same body with one thing wrong somewhere in it. */
    private JsonNode broken(JsonNode body) {
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            return NODES.textNode("not an object");
        }
        List<ObjectNode> objects = new ArrayList<>();
        collect(object, objects);
        ObjectNode target = pick(objects);
        List<String> fields = new ArrayList<>();
        target.fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() ? "patientRef" : pick(fields);
        switch (random.nextInt(9)) {
            case 0 -> target.remove(field);
            case 1 -> target.put(field, 123);
            case 2 -> target.put(field, "not-a-" + field);
            case 3 -> target.put("unexpected" + random.nextInt(3), true);
            case 4 -> target.put(field, pick(List.of(-1, 11, 481, 3601, Integer.MAX_VALUE)));
            case 5 -> target.put(field, pick(List.of("a\u0000b", "a" + SURROGATE + "b", "line\u0007bell")));
            case 6 -> target.put(field, "y".repeat(pick(List.of(65, 129, 501, 2001, 4001))));
            case 7 -> target.putArray(field).addNull();
            default -> target.putNull(field);
        }
        return object;
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> collect(child, objects));
    }

    private static String serialize(JsonNode node) {
        try {
            // Jackson will not write half a surrogate pair, so it goes in as an escape after writing
            return JSON.writeValueAsString(node).replace(SURROGATE.replace("\u0001", "\\u0001"), "\\ud83d");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String brokenText(int length) {
        return switch (random.nextInt(6)) {
            case 0 -> "a\u0000b";
            case 1 -> "x".repeat(length);
            case 2 -> "../../etc/passwd";
            case 3 -> "\u0007\u001b[31m";
            case 4 -> "%zz";
            default -> "'; drop table therapy_session; --";
        };
    }

    private String brokenHeader() {
        return pick(List.of("k".repeat(201), "", " ", "key with spaces"));
    }

    private long between(BigDecimal minimum, BigDecimal maximum, long defaultMin, long defaultMax) {
        long min = minimum == null ? defaultMin : minimum.longValue();
        long max = maximum == null ? defaultMax : maximum.longValue();
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
