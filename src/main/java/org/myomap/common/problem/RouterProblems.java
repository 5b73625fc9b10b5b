package org.myomap.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import org.myomap.common.i18n.Language;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.myomap.common.observability.RequestId;
import org.myomap.common.observability.RequestObservation;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Problems decided below JAX-RS, on the router: paths no route serves (404), requests that arrive once the
 * service is stopping (503), and requests beyond the limits the service sets for itself (413 body, 414 request
 * line, 431 headers), so even these answers are problem+json rather than the server's bare status.
 */
public class RouterProblems {

    static final int MAX_REQUEST_LINE = 8192;
    static final int MAX_HEADER_BYTES = 16384;

    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;
    @Inject
    Draining draining;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::withinLimits);
        // A chunked HTTP/1.1 body declares no length: it is read here, before JAX-RS, so one over the limit is
        // refused like a declared one. (Bodies with a length are checked in withinLimits; HTTP/2 bodies by Vert.x.)
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBody.asLongValue());
        router.route().order(Integer.MIN_VALUE + 1)
                .handler(ctx -> {
                    if (ctx.request().version() != HttpVersion.HTTP_2 && "chunked".equalsIgnoreCase(ctx.request().getHeader("Transfer-Encoding"))) {
                        chunkedBodies.handle(ctx);
                    } else {
                        ctx.next();
                    }
                })
                .failureHandler(ctx -> {
                    if (ctx.statusCode() == 413) {
                        send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBody.asLongValue() + " bytes");
                    } else {
                        ctx.next();
                    }
                });
        router.route().last().handler(ctx -> send(ctx, ProblemType.NOT_FOUND, "Nothing is served at " + ProblemMapper.instance(ctx.request().path())));
    }

    private void withinLimits(RoutingContext ctx) {
        if (draining.stopping()) {
            ctx.response().putHeader("Connection", "close");
            send(ctx, ProblemType.SERVICE_UNAVAILABLE, "The service is stopping; retry after " + ProblemMapper.RETRY_AFTER_SECONDS
                    + " seconds (another instance will answer)");
            return;
        }
        String uri = ctx.request().uri();
        if (uri.length() > MAX_REQUEST_LINE) {
            send(ctx, ProblemType.URI_TOO_LONG, "The request target is " + uri.length() + " characters; at most " + MAX_REQUEST_LINE + " are accepted");
            return;
        }
        int headerBytes = headerBytes(ctx.request().headers());
        if (headerBytes > MAX_HEADER_BYTES) {
            send(ctx, ProblemType.HEADERS_TOO_LARGE, "The request headers are " + headerBytes + " bytes; at most " + MAX_HEADER_BYTES + " are accepted");
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBody.asLongValue()) {
            send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is " + length + " bytes; at most " + maxBody.asLongValue() + " are accepted");
            return;
        }
        ctx.next();
    }

    /** Name, value, ": " and CRLF of every header; a plain loop, as it runs on every request. */
    private static int headerBytes(MultiMap headers) {
        int bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private void send(RoutingContext ctx, ProblemType type, String detail) {
        RequestObservation.unmatched(ctx);
        String path = ProblemMapper.instance(ctx.request().path() == null ? "/" : ctx.request().path());
        Language language = Language.negotiate(ctx.request().getHeader("Accept-Language"));
        Problem problem = new Problem(type.uri(), type.title(language), type.status(), detail, path.length() > 200 ? path.substring(0, 200) + "..." : path, null,
                RequestId.current());
        if (type.status() == 503) {
            ctx.response().putHeader("Retry-After", Integer.toString(ProblemMapper.RETRY_AFTER_SECONDS));
        }
        try {
            ctx.response().setStatusCode(type.status())
                    .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                    .putHeader("Content-Language", language.tag())
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
