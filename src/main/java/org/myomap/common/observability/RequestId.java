package org.myomap.common.observability;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The id that ties together one request's response, its problem body and every log line it causes. A caller (or a
 * proxy in front) may choose it with {@code X-Request-Id}; anything that is not a short token is replaced, so the
 * header can never carry text into a log line or a JSON body that was not meant to be there.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key (and JSON log field) under which every log line of a request carries the id. */
    public static final String MDC_KEY = "requestId";
    static final int MAX_LENGTH = 64;
    private static final String CONTEXT_KEY = RequestId.class.getName();

    private RequestId() {
    }

    /** The caller's id when it is 1 to 64 of {@code A-Z a-z 0-9 . _ -}; otherwise a new random UUID. */
    public static String acceptOrGenerate(String sent) {
        return wellFormed(sent) ? sent : generate();
    }

    /** A character loop rather than a regular expression: this runs on every request. */
    static boolean wellFormed(String sent) {
        if (sent == null || sent.isEmpty() || sent.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < sent.length(); i++) {
            char c = sent.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * A random (version 4) UUID from the thread's own generator. An id only has to be unique enough to find a
     * request's lines, not unguessable (it is sent to the caller anyway), and {@link UUID#randomUUID()} draws from
     * the shared SecureRandom, whose lock every request thread then queues on.
     */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & ~(0xC000L << 48) | 0x8000L << 48; // IETF variant
        return new UUID(high, low).toString();
    }

    /** Keeps the id with the request's own Vert.x context, which follows the request onto worker threads. */
    static void attach(Context requestContext, String id) {
        requestContext.putLocal(CONTEXT_KEY, id);
    }

    /** The id of the request being served on this thread, or null outside a request. */
    public static String current() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(CONTEXT_KEY);
    }
}
