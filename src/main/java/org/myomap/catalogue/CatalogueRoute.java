package org.myomap.catalogue;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.myomap.catalogue.http.EncodedBody;
import org.myomap.catalogue.http.RepresentationResponse;
import org.myomap.common.i18n.Language;
import org.myomap.common.observability.RequestObservation;

/**
 * The catalogue's GETs whose body is already made, answered on the router ahead of Quarkus REST: the whole
 * document, the region tree, the complaints, and one region, muscle, complaint or protocol once a request has
 * made its body. A JFR profile of one muscle under load put two thirds of an answer's CPU in the framework
 * (Quarkus REST's handler chain 32%, finding a body writer 5%, rebuilding the request's template 4-7%) and
 * none in ours: every such answer is a buffer made once per snapshot.
 *
 * <p>It serves only what {@link CatalogueResource} would answer 200 or 304 with the same headers and bytes: the
 * same {@link RepresentationResponse#choose choice} on the same snapshot, with the same headers. Anything else
 * goes on to the resource: another method, a query string (whose parameters the resource checks), a raw path
 * that is not exactly one of these (percent-encoded, a trailing slash, matrix parameters), an id no request has
 * made a body for yet (the resource makes and keeps it, or answers 404), and a catalogue not yet published. The
 * handlers before this one (request id and access line, CORS, the router-level problems, 503 while stopping)
 * run for these answers too; it labels them with the resource's route template, for the access line, metrics
 * and traces.
 */
@Singleton
public class CatalogueRoute {

    private static final String PREFIX = "/api/v1/";
    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final Pattern ZERO_QUALITY = Pattern.compile("q=0(\\.0{0,3})?");

    /** A path this route may answer: the resource's template, and how a snapshot's bodies hold its body. */
    record Target(String template, Function<SnapshotBodies, EncodedBody> body) {
    }

    private static final Target DOCUMENT = new Target("/api/v1/catalogue", SnapshotBodies::document);
    private static final Target REGIONS = new Target("/api/v1/regions", SnapshotBodies::regions);
    private static final Target COMPLAINTS = new Target("/api/v1/complaints", SnapshotBodies::complaints);

    @Inject
    CatalogueService service;

    /** Before Quarkus REST's route (order 20,500), after every handler of ours (which run at the lowest orders). */
    void register(@Observes Router router) {
        router.get(PREFIX + "*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::answer);
    }

    private void answer(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Target target = request.query() == null ? target(request.path()) : null;
        if (target == null || !acceptsJson(header(request, HttpHeaders.ACCEPT)) || !service.isPublished()) {
            ctx.next();
            return;
        }
        CatalogueService.Localized localized = service.current().in(Language.negotiate(header(request, HttpHeaders.ACCEPT_LANGUAGE)));
        EncodedBody body = target.body().apply(localized.bodies());
        if (body == null) {
            ctx.next();
            return;
        }
        String version = localized.catalogue().version();
        RepresentationResponse.Chosen chosen = RepresentationResponse.choose(header(request, HttpHeaders.ACCEPT_ENCODING),
                header(request, HttpHeaders.IF_NONE_MATCH), version, localized.language(), body);
        RequestObservation.matched(ctx, target.template());
        HttpServerResponse response = ctx.response();
        MultiMap headers = response.headers();
        // Quarkus marks every response "identity" until a handler names a coding; Netty drops that mark from an
        // answer with a body, not from a 304, which the resource sends without it
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        // added, not set, as the resource's headers are: CORS has already said Vary: Origin
        chosen.forEachHeader(headers::add);
        headers.add(HttpHeaders.CACHE_CONTROL, service.cacheControl()).add(CatalogueResource.VERSION_HEADER, version);
        if (chosen.notModified()) {
            response.setStatusCode(304).end();
        } else {
            headers.add(HttpHeaders.CONTENT_TYPE, JSON);
            response.end((Buffer) chosen.entity());
        }
    }

    /** A request header as JAX-RS gives it to the resource: the values of repeated fields joined by commas. */
    static String header(HttpServerRequest request, String name) {
        List<String> values = request.headers().getAll(name);
        return switch (values.size()) {
            case 0 -> null;
            case 1 -> values.get(0);
            default -> String.join(",", values);
        };
    }

    /**
     * Whether an {@code Accept} header plainly takes JSON, the resource's one media type: absent, or naming
     * {@code application/json}, {@code application/*} or {@code *}{@code /*} with no parameter but a non-zero
     * quality. Anything else, parameters and exclusions included, is left to the resource's negotiation (406).
     */
    static boolean acceptsJson(String accept) {
        if (accept == null) {
            return true;
        }
        boolean json = false;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!type.equals("application/json") && !type.equals("application/*") && !type.equals("*/*")) {
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (!parameter.startsWith("q=") || ZERO_QUALITY.matcher(parameter).matches()) {
                    return false;
                }
            }
            json = true;
        }
        return json;
    }

    /** The target a raw path names exactly, or null: {@code /api/v1/muscles/soleus} is a muscle's body, if made. */
    static Target target(String path) {
        if (path == null || !path.startsWith(PREFIX)) {
            return null;
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return switch (rest) {
                case "catalogue" -> DOCUMENT;
                case "regions" -> REGIONS;
                case "complaints" -> COMPLAINTS;
                default -> null;
            };
        }
        String id = rest.substring(slash + 1);
        if (id.isEmpty() || id.indexOf('/') >= 0) {
            return null;
        }
        return switch (rest.substring(0, slash)) {
            case "regions" -> item("/api/v1/regions/{id}", "region", id);
            case "muscles" -> item("/api/v1/muscles/{id}", "muscle", id);
            case "complaints" -> item("/api/v1/complaints/{id}", "complaint", id);
            case "protocols" -> item("/api/v1/protocols/{id}", "protocol", id);
            default -> null;
        };
    }

    /**
     * An item's body only once a request has made it through the resource, so that every id served here is one
     * the resource accepted: the raw path segment must equal that id, unescaped.
     */
    private static Target item(String template, String kind, String id) {
        return new Target(template, bodies -> bodies.made(kind, id));
    }
}
