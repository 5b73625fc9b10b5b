package org.myomap.session;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A session answered as {@link SessionView} is, written straight from the JSON of its document as it was
 * serialised (on a write) or stored (on a read): the document is never parsed into objects only to be
 * written out again. The document was written from {@link SessionInput}, so it carries exactly the fields
 * a {@link SessionView} would copy from it; its identity, version and status come first.
 */
@JsonSerialize(using = StoredSession.Writer.class)
record StoredSession(UUID id, int version, String status, String enteredInErrorReason, OffsetDateTime recordedAt,
        String recordedBy, String documentJson) {

    static final class Writer extends JsonSerializer<StoredSession> {

        @Override
        public void serialize(StoredSession session, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeStringField("id", session.id.toString());
            out.writeNumberField("version", session.version);
            out.writeStringField("status", session.status);
            if (session.enteredInErrorReason != null) {
                out.writeStringField("enteredInErrorReason", session.enteredInErrorReason);
            }
            out.writeFieldName("recordedAt");
            provider.defaultSerializeValue(session.recordedAt, out);
            out.writeStringField("recordedBy", session.recordedBy);
            // the document's members, between its own braces (a document always has members: patientRef is required)
            String document = session.documentJson.strip();
            out.writeRaw(',');
            out.writeRaw(document, 1, document.length() - 2);
            out.writeEndObject();
        }
    }
}
