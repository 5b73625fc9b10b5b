package org.myomap.common.observability;

import io.vertx.core.Context;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The first handler of every request, ahead of the router-level problems: gives the request its id (echoed in
 * {@code X-Request-Id} on every answer, kept in the MDC for every log line), and writes one access-log line when
 * the answer is sent. The line names the route template, never the path: paths carry patient references.
 */
@Singleton
public class RequestObservation {

    /**
     * The route of a request no endpoint matched (a 404, or a refusal before routing). Put where Quarkus REST puts
     * the matched template, so that metrics and traces label such requests with it instead of their raw path,
     * which Micrometer would otherwise use for a 2xx or 5xx (a 503 while stopping, say) without a template.
     */
    public static final String UNMATCHED_ROUTE = "/{unmatched}";
    /** The context key Quarkus REST fills with the endpoint's template, read by Micrometer and OpenTelemetry. */
    static final String ROUTE_TEMPLATE_KEY = "UrlPathTemplate";
    private static final Logger ACCESS = Logger.getLogger("org.myomap.access");
    /** quarkus.http.non-application-root-path, left at its default. */
    private static final String NON_APPLICATION_ROOT = "/q/";

    /** Registered before RouterProblems (default observer priority), so its answers carry the id too. */
    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::observe);
    }

    private void observe(RoutingContext ctx) {
        long started = System.nanoTime();
        String id = RequestId.acceptOrGenerate(ctx.request().getHeader(RequestId.HEADER));
        Context requestContext = ((HttpServerRequestInternal) ctx.request()).context();
        RequestId.attach(requestContext, id);
        MDC.put(RequestId.MDC_KEY, id);
        ctx.response().putHeader(RequestId.HEADER, id);
        ctx.addEndHandler(sent -> {
            if (!ACCESS.isInfoEnabled()) {
                return;
            }
            // the end of the answer may be handled outside the request's context, where its MDC is not
            MDC.put(RequestId.MDC_KEY, id);
            // the id is in the MDC, so in every log format (the plain one prints it before the message)
            ACCESS.info(line(ctx.request().method().name(), route(ctx, requestContext), ctx.response().getStatusCode(),
                    System.nanoTime() - started));
            MDC.remove(RequestId.MDC_KEY);
        });
        ctx.next();
    }

    /**
     * {@code GET /api/v1/muscles/{id} 200 0.4 ms}: built by hand and logged as is, because a printf-style line
     * costs a Formatter and locale-aware number formatting on every request (it was the largest piece of the
     * access log in a JFR profile of the service under load).
     */
    static String line(String method, String route, int status, long nanos) {
        long tenths = (nanos + 50_000) / 100_000; // milliseconds to one decimal, rounded half up
        return new StringBuilder(method.length() + route.length() + 24).append(method).append(' ').append(route)
                .append(' ').append(status).append(' ').append(tenths / 10).append('.').append(tenths % 10)
                .append(" ms").toString();
    }

    /** For an answer given before or without any endpoint: labels the request {@link #UNMATCHED_ROUTE}. */
    public static void unmatched(RoutingContext ctx) {
        matched(ctx, UNMATCHED_ROUTE);
    }

    /**
     * For an answer a router handler gives in an endpoint's place: labels the request with the endpoint's
     * template, as Quarkus REST does for its own answers.
     */
    public static void matched(RoutingContext ctx, String template) {
        ((HttpServerRequestInternal) ctx.request()).context().putLocal(ROUTE_TEMPLATE_KEY, template);
    }

    /**
     * The endpoint's template. Quarkus' own endpoints (health, metrics, OpenAPI, Swagger UI) are routes under
     * /q/, whose paths hold no data, so theirs is logged; anything else without a template is unmatched.
     */
    private static String route(RoutingContext ctx, Context requestContext) {
        String template = requestContext.getLocal(ROUTE_TEMPLATE_KEY);
        if (template != null) {
            return template;
        }
        Route route = ctx.currentRoute();
        boolean quarkusEndpoint = route != null && route.getPath() != null && route.getPath().startsWith(NON_APPLICATION_ROOT);
        return quarkusEndpoint ? ctx.normalizedPath() : UNMATCHED_ROUTE;
    }
}
