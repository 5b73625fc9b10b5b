package org.myomap.session.fhir;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Identifier;

/**
 * The identifiers a FHIR server finds our resources by. Patient and practitioner references are the clinic's
 * own, so their systems name the clinic. Everything a session produces is identified by the session id and a key
 * that names the item within the session (never the version): exporting a corrected version updates the same
 * resources. Items that could repeat (two pain scores for one region and side) are numbered in order.
 */
final class BusinessIdentifiers {

    static final String SESSION_SYSTEM = "urn:myomap:session";
    static final String SESSION_ITEM_SYSTEM = "urn:myomap:session-item";

    private final String sessionId;
    private final Map<String, Integer> seen = new HashMap<>();

    BusinessIdentifiers(UUID sessionId) {
        this.sessionId = sessionId.toString();
    }

    static Identifier patient(String clinic, String patientRef) {
        return new Identifier().setSystem("urn:myomap:clinic:" + clinic + ":patient").setValue(patientRef);
    }

    static Identifier practitioner(String clinic, String therapist) {
        return new Identifier().setSystem("urn:myomap:clinic:" + clinic + ":practitioner").setValue(therapist);
    }

    Identifier session() {
        return new Identifier().setSystem(SESSION_SYSTEM).setValue(sessionId);
    }

    /** An item that occurs once per session, e.g. {@code pain-before}. */
    Identifier item(String key) {
        return new Identifier().setSystem(SESSION_ITEM_SYSTEM).setValue(sessionId + "/" + key);
    }

    /** An item that may repeat: the first keeps the key, the n-th becomes {@code key/n}. */
    Identifier numbered(String key) {
        int n = seen.merge(key, 1, Integer::sum);
        return item(n == 1 ? key : key + "/" + n);
    }

    /** The fullUrl of the entry holding the resource with this identifier: the same identifier, the same URL. */
    static String fullUrl(Identifier identifier) {
        String name = identifier.getSystem() + "|" + identifier.getValue();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The FHIR search {@code identifier=system|value}, escaped as FHIR search asks ({@code \ | , $} in a token) and
     * percent-encoded beyond the characters a query needs no escape for.
     */
    static String search(Identifier identifier) {
        return "identifier=" + encode(escape(identifier.getSystem())) + "|" + encode(escape(identifier.getValue()));
    }

    private static String escape(String token) {
        return token.replace("\\", "\\\\").replace("|", "\\|").replace(",", "\\,").replace("$", "\\$");
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
