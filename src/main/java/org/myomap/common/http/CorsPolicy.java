package org.myomap.common.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which CORS headers an answer carries. Only the configured origins get any: for every other origin (and with
 * none configured) the answer is exactly what it would be without CORS, so a browser on another origin cannot
 * read it. Credentials are bearer tokens, never cookies, so {@code Access-Control-Allow-Credentials} is not sent.
 */
public final class CorsPolicy {

    /** The request headers the contract uses, so a browser app may send every one of them. */
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept-Language, If-Match, If-None-Match, "
            + "Idempotency-Key, X-Request-Id";
    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT";
    /** The response headers a browser app needs beyond the safelisted ones (Cache-Control, Content-Type, ...). */
    static final String EXPOSED_HEADERS = "ETag, Location, X-Request-Id, Catalogue-Version, Retry-After, "
            + "WWW-Authenticate, Idempotent-Replayed";
    /** How long a browser may reuse a preflight answer (Chromium caps this at 2 hours). */
    static final String PREFLIGHT_MAX_AGE_SECONDS = "3600";

    private final Set<String> origins;

    public CorsPolicy(List<String> origins) {
        this.origins = Set.copyOf(origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
    }

    public boolean allowsAny() {
        return !origins.isEmpty();
    }

    public boolean allows(String origin) {
        return origin != null && origins.contains(origin);
    }

    /** A preflight: an OPTIONS request that announces the method it wants to send. */
    public static boolean isPreflight(String method, String requestedMethod) {
        return "OPTIONS".equals(method) && requestedMethod != null;
    }

    /** Headers for the answer to a preflight from an allowed origin. */
    public Map<String, String> preflightHeaders(String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", origin);
        headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
        headers.put("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        headers.put("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
        return headers;
    }

    /** Headers for any other answer to an allowed origin, problems included, so the app can read them too. */
    public Map<String, String> responseHeaders(String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", origin);
        headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        return headers;
    }
}
