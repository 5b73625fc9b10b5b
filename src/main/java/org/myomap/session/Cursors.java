package org.myomap.session;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.myomap.common.problem.ApiException;

/** Opaque paging cursors: a client hands back what it was given and never builds one. */
final class Cursors {

    record SessionPosition(LocalDate date, UUID id) {
    }

    private Cursors() {
    }

    static String encodeSession(LocalDate date, UUID id) {
        return encode("s1:" + date + "|" + id);
    }

    static SessionPosition decodeSession(String cursor) {
        String raw = decode(cursor, "cursor");
        try {
            String[] parts = raw.substring(3).split("\\|");
            if (raw.startsWith("s1:") && parts.length == 2) {
                return new SessionPosition(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
            }
        } catch (RuntimeException e) {
            // falls through
        }
        throw invalid("cursor");
    }

    static String encodeChange(long seq) {
        return encode("c1:" + seq);
    }

    static long decodeChange(String cursor) {
        String raw = decode(cursor, "after");
        try {
            if (raw.startsWith("c1:")) {
                return Long.parseLong(raw.substring(3));
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw invalid("after");
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor, String parameter) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
    }

    private static ApiException invalid(String parameter) {
        return ApiException.invalidParameter(parameter, "is not a cursor this API issued; pass back the value you were given");
    }
}
