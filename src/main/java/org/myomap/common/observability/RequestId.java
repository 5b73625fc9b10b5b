package org.myomap.common.observability;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties together one request's response, its problem body and every log line it causes. A caller (or a
 * proxy in front) may choose it with {@code X-Request-Id}; anything that is not a short token is replaced, so the
 * header can never carry text into a log line or a JSON body that was not meant to be there.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key (and JSON log field) under which every log line of a request carries the id. */
    public static final String MDC_KEY = "requestId";
    static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String CONTEXT_KEY = RequestId.class.getName();

    private RequestId() {
    }

    /** The caller's id when it is 1 to 64 of {@code A-Z a-z 0-9 . _ -}; otherwise a new random UUID. */
    public static String acceptOrGenerate(String sent) {
        return sent != null && WELL_FORMED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
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
