package org.myomap.catalogue;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.myomap.catalogue.CatalogueViews.Items;
import org.myomap.catalogue.changes.CatalogueHistory;
import org.myomap.catalogue.http.ContentCoding;
import org.myomap.catalogue.http.EncodedBody;
import org.myomap.catalogue.http.RepresentationResponse;
import org.myomap.common.i18n.Language;

/**
 * The read-only catalogue API. Every answer is cacheable and validated by the catalogue version. Bodies are
 * compressed here, once per snapshot where they can be kept ({@link SnapshotBodies}), and every answer names
 * its coding ({@link RepresentationResponse}).
 *
 * <p>{@link NonBlocking}: every answer comes from the in-memory snapshot, with no I/O and at most a millisecond
 * or two of CPU (a body serialised and compressed on its first request), so it runs on the I/O thread that
 * read the request; handing it to a worker thread and back cost more than the rest of the answer. That holds
 * for {@code /catalogue} too, whose bodies are kept as direct buffers written as they are: A/B on a quiet
 * machine, two interleaved rounds, 32 connections, worker thread against I/O thread: gzip 6.3-6.4k against
 * 12.0k req/s, br 8.0-10.5k against 14.0k, identity 5.4-5.9k against 6.3-7.0k, 304 29-30k against 35-40k.
 * (The change feed reads the database for an older version and stays on a worker thread.)
 *
 * <p>Once a body is made, its GETs without a query are answered by {@link CatalogueRoute} on the router, ahead
 * of this class, with the same choice and headers; this class answers the first request for an item, every
 * listing, and every request that is refused.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    public static final String VERSION_HEADER = "Catalogue-Version";

    @Inject
    CatalogueService service;
    @Inject
    CatalogueHistory history;
    @Context
    HttpHeaders headers;

    @GET
    @Path("/catalogue")
    @NonBlocking
    public Response catalogue() {
        return answer(p -> p.bodies().document());
    }

    /** Reads the database for the older version, so it runs on a worker thread; the answer is kept per version. */
    /** In English whatever the caller prefers: the changes are computed between stored English documents. */
    @GET
    @Path("/catalogue/changes")
    public Response changes(@QueryParam("since") String since) {
        return answer(Language.DEFAULT, p -> p.bodies().byId("changes", since,
                () -> history.since(since, p.catalogue().version(), p.bodies().document().in(ContentCoding.IDENTITY))));
    }

    @GET
    @Path("/regions")
    @NonBlocking
    public Response regions() {
        return answer(p -> p.bodies().regions());
    }

    @GET
    @Path("/regions/{id}")
    @NonBlocking
    public Response region(@PathParam("id") String id) {
        return answer(p -> p.bodies().byId("region", id, () -> p.queries().region(id)));
    }

    @GET
    @Path("/muscles")
    @NonBlocking
    public Response muscles(@QueryParam("region") String region, @QueryParam("complaint") String complaint,
            @QueryParam("q") String text, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return answer(p -> p.bodies().once(p.queries().muscles(region, complaint, text, cursor, limit), "muscle"));
    }

    @GET
    @Path("/muscles/{id}")
    @NonBlocking
    public Response muscle(@PathParam("id") String id) {
        return answer(p -> p.bodies().byId("muscle", id, () -> p.queries().muscle(id)));
    }

    @GET
    @Path("/complaints")
    @NonBlocking
    public Response complaints() {
        return answer(p -> p.bodies().complaints());
    }

    @GET
    @Path("/complaints/{id}")
    @NonBlocking
    public Response complaint(@PathParam("id") String id) {
        return answer(p -> p.bodies().byId("complaint", id, () -> p.queries().complaint(id)));
    }

    @GET
    @Path("/protocols")
    @NonBlocking
    public Response protocols(@QueryParam("muscle") String muscle, @QueryParam("complaint") String complaint,
            @QueryParam("audience") String audience) {
        return answer(p -> p.bodies().once(new Items<>(p.queries().protocols(muscle, complaint, audience)), "protocol"));
    }

    @GET
    @Path("/protocols/{id}")
    @NonBlocking
    public Response protocol(@PathParam("id") String id) {
        return answer(p -> p.bodies().byId("protocol", id, () -> p.queries().protocol(id)));
    }

    /** One snapshot, in the language the caller prefers, answers the whole request. */
    private Response answer(Function<CatalogueService.Localized, EncodedBody> body) {
        return answer(Language.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), body);
    }

    /** Its version and language name every representation. */
    private Response answer(Language preferred, Function<CatalogueService.Localized, EncodedBody> body) {
        CatalogueService.Localized localized = service.current().in(preferred);
        String version = localized.catalogue().version();
        return RepresentationResponse.of(headers, version, localized.language(), () -> body.apply(localized))
                .header(HttpHeaders.CACHE_CONTROL, service.cacheControl()).header(VERSION_HEADER, version).build();
    }
}
