package org.myomap.common.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Map;

/**
 * CORS on the router, ahead of every other handler of ours: Quarkus' own CORS filter runs after the router-level
 * problems (503 while stopping, 413, 414, 431), which a browser app could then not read, answers a foreign origin
 * with a bare 403, and sends no {@code Vary: Origin} for caches. Allowed origins get the headers on every answer,
 * preflights are answered here with 204; all other requests pass through untouched. With no origin configured
 * (the default) it is not installed at all.
 */
@Singleton
public class CrossOriginRequests {

    private final CorsPolicy policy;

    @Inject
    CrossOriginRequests(CorsConfig config) {
        this.policy = new CorsPolicy(config.origins().orElse(List.of()));
    }

    /** After RequestObservation (so a preflight answer has its X-Request-Id), before RouterProblems. */
    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) Router router) {
        if (policy.allowsAny()) {
            router.route().order(Integer.MIN_VALUE).handler(this::handle);
        }
    }

    private void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        if (origin == null) {
            ctx.next();
            return;
        }
        HttpServerResponse response = ctx.response();
        // The answer depends on the origin: a shared cache must not hand one origin's answer to another.
        response.headers().add("Vary", "Origin");
        if (!policy.allows(origin)) {
            ctx.next();
            return;
        }
        if (CorsPolicy.isPreflight(ctx.request().method().name(), ctx.request().getHeader("Access-Control-Request-Method"))) {
            put(response, policy.preflightHeaders(origin));
            response.setStatusCode(204).end();
            return;
        }
        put(response, policy.responseHeaders(origin));
        ctx.next();
    }

    private static void put(HttpServerResponse response, Map<String, String> headers) {
        headers.forEach(response::putHeader);
    }
}
