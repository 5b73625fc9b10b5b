package org.myomap.lookup;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.myomap.lookup.LookupResponse.Candidate;
import org.myomap.lookup.LookupResponse.Explains;
import org.myomap.lookup.LookupResponse.Interpretation;
import org.myomap.lookup.LookupResponse.ProtocolLink;
import org.myomap.lookup.LookupResponse.TriggerPointToCheck;
import org.myomap.lookup.LookupResponse.Understood;
import org.myomap.lookup.redflags.RedFlag;

/**
 * Writes a lookup answer with Jackson's streaming generator: the bytes the service's ObjectMapper writes for a
 * {@link LookupResponse} (fields in record order, nulls written except where a record says {@code NON_NULL}), at
 * a fraction of the cost: data binding reads each of an answer's several hundred record fields by reflection,
 * and was a sixth of the CPU of a lookup. {@code AnswerJsonTest} holds the two equal over every vignette; a field
 * added to {@link LookupResponse} is added here too.
 *
 * <p>Most of an answer's bytes are catalogue and message texts (trigger point locations, protocol titles, guide
 * sources, the disclaimer) that every answer repeats: those are escaped and encoded once per text and then copied
 * ({@link #catalogueText}). Texts that come from the request are written as they come.
 */
final class AnswerJson {

    /**
     * Enough for every text of several catalogue versions in every language; past it, texts are encoded per
     * answer, so a catalogue that grew beyond all expectation costs speed, never memory.
     */
    static final int MAX_ENCODED_TEXTS = 20_000;

    private final JsonFactory factory;
    private final Map<String, SerializedString> encoded = new ConcurrentHashMap<>();

    /** @param factory the service's ObjectMapper's factory, so numbers and text are written as it writes them */
    AnswerJson(JsonFactory factory) {
        this.factory = factory;
    }

    byte[] write(LookupResponse answer) throws IOException {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(16_384)) {
            try (JsonGenerator json = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeObjectFieldStart("safety");
                json.writeStringField("urgency", answer.safety().urgency());
                catalogueText(json, "message", answer.safety().message());
                json.writeEndObject();
                json.writeArrayFieldStart("redFlags");
                for (RedFlag flag : answer.redFlags()) {
                    redFlag(json, flag);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("candidates");
                for (Candidate candidate : answer.candidates()) {
                    candidate(json, candidate);
                }
                json.writeEndArray();
                json.writeFieldName("interpretation");
                interpretation(json, answer.interpretation());
                json.writeStringField("catalogueVersion", answer.catalogueVersion());
                catalogueText(json, "disclaimer", answer.disclaimer());
                json.writeEndObject();
            }
            return bytes.toByteArray();
        }
    }

    private void redFlag(JsonGenerator json, RedFlag flag) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", flag.code());
        json.writeStringField("urgency", flag.urgency() == null ? null : flag.urgency().json());
        catalogueText(json, "message", flag.message());
        catalogueText(json, "source", flag.source());
        strings(json, "because", flag.because());
        json.writeEndObject();
    }

    private void candidate(JsonGenerator json, Candidate candidate) throws IOException {
        json.writeStartObject();
        json.writeNumberField("rank", candidate.rank());
        json.writeStringField("muscle", candidate.muscle());
        catalogueText(json, "name", candidate.name());
        json.writeNumberField("score", candidate.score());
        var factors = candidate.factors();
        json.writeObjectFieldStart("factors"); // NON_NULL
        json.writeNumberField("areasExplained", factors.areasExplained());
        json.writeNumberField("areasAsked", factors.areasAsked());
        json.writeNumberField("fit", factors.fit());
        if (factors.likelihood() != null) {
            json.writeObjectFieldStart("likelihood");
            json.writeStringField("region", factors.likelihood().region());
            json.writeNumberField("rank", factors.likelihood().rank());
            catalogueText(json, "source", factors.likelihood().source());
            json.writeEndObject();
        }
        json.writeNumberField("activitiesMatched", factors.activitiesMatched());
        json.writeEndObject();
        json.writeArrayFieldStart("triggerPoints");
        for (TriggerPointToCheck tp : candidate.triggerPoints()) {
            json.writeStartObject();
            json.writeStringField("id", tp.id());
            catalogueText(json, "name", tp.name());
            catalogueText(json, "location", tp.location());
            json.writeArrayFieldStart("explains");
            for (Explains explains : tp.explains()) {
                json.writeStartObject();
                json.writeNumberField("area", explains.area());
                json.writeStringField("region", explains.region());
                json.writeStringField("zoneRegion", explains.zoneRegion());
                json.writeStringField("zone", explains.zone());
                json.writeStringField("match", explains.match());
                json.writeEndObject();
            }
            json.writeEndArray();
            strings(json, "aggravatedBy", tp.aggravatedBy());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "matchedActivities", candidate.matchedActivities());
        json.writeArrayFieldStart("protocols");
        for (ProtocolLink protocol : candidate.protocols()) {
            json.writeStartObject();
            json.writeStringField("id", protocol.id());
            catalogueText(json, "title", protocol.title());
            json.writeStringField("audience", protocol.audience());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Every field NON_NULL, the areas too. */
    private void interpretation(JsonGenerator json, Interpretation interpretation) throws IOException {
        json.writeStartObject();
        if (interpretation.areas() != null) {
            json.writeArrayFieldStart("areas");
            for (LookupResponse.Area area : interpretation.areas()) {
                json.writeStartObject();
                optional(json, "region", area.region());
                optional(json, "side", area.side());
                optional(json, "from", area.from());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        optionalStrings(json, "activities", interpretation.activities());
        optionalStrings(json, "symptoms", interpretation.symptoms());
        optionalStrings(json, "history", interpretation.history());
        if (interpretation.ageFromText() != null) {
            json.writeNumberField("ageFromText", interpretation.ageFromText());
        }
        understood(json, "understoodFromText", interpretation.understoodFromText());
        understood(json, "negatedInText", interpretation.negatedInText());
        understood(json, "aboutOthersInText", interpretation.aboutOthersInText());
        optionalStrings(json, "unplacedWords", interpretation.unplacedWords());
        if (interpretation.textUnderstood() != null) {
            json.writeBooleanField("textUnderstood", interpretation.textUnderstood());
        }
        optional(json, "textLanguage", interpretation.textLanguage());
        json.writeEndObject();
    }

    private void understood(JsonGenerator json, String field, List<Understood> found) throws IOException {
        if (found == null) {
            return;
        }
        json.writeArrayFieldStart(field);
        for (Understood understood : found) {
            json.writeStartObject();
            json.writeStringField("kind", understood.kind());
            json.writeStringField("id", understood.id());
            json.writeStringField("phrase", understood.phrase());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A text of the catalogue or of the messages: encoded once, then copied into every answer that carries it. */
    private void catalogueText(JsonGenerator json, String field, String text) throws IOException {
        json.writeFieldName(field);
        if (text == null) {
            json.writeNull();
            return;
        }
        SerializedString once = encoded.get(text);
        if (once == null) {
            once = new SerializedString(text);
            if (encoded.size() < MAX_ENCODED_TEXTS) {
                encoded.putIfAbsent(text, once);
            }
        }
        json.writeString(once);
    }

    private void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private void optionalStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        if (values != null) {
            strings(json, field, values);
        }
    }

    /** A list of strings; null written as null. */
    private void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeFieldName(field);
        if (values == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
