package org.myomap.session;

import java.time.LocalDate;
import java.util.UUID;
import org.myomap.common.paging.Cursor;

/** The positions the session listings page by: (date, id) for sessions, the change number for the feed. */
final class Cursors {

    record SessionPosition(LocalDate date, UUID id) {
    }

    private Cursors() {
    }

    static String encodeSession(LocalDate date, UUID id) {
        return Cursor.encode("s1", date + "|" + id);
    }

    static SessionPosition decodeSession(String cursor) {
        return Cursor.decode("s1", cursor, "cursor", position -> {
            String[] parts = position.split("\\|");
            return new SessionPosition(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
        });
    }

    static String encodeChange(long seq) {
        return Cursor.encode("c1", seq);
    }

    static long decodeChange(String cursor) {
        return Cursor.decode("c1", cursor, "after", Long::parseLong);
    }
}
