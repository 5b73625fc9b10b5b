package org.myomap.catalogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.myomap.catalogue.CatalogueViews.Items;

/** The read-only catalogue API. Every answer is cacheable and validated by the catalogue version. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    static final String VERSION_HEADER = "Catalogue-Version";

    @Inject
    CatalogueService service;
    @Inject
    CatalogueConfig config;

    @GET
    @Path("/catalogue")
    public Response catalogue(Request request) {
        return cached(request, CatalogueService.Published::document);
    }

    @GET
    @Path("/regions")
    public Response regions(Request request) {
        return cached(request, p -> new Items<>(p.queries().regionTree()));
    }

    @GET
    @Path("/regions/{id}")
    public Response region(Request request, @PathParam("id") String id) {
        return cached(request, p -> p.queries().region(id));
    }

    @GET
    @Path("/muscles")
    public Response muscles(Request request, @QueryParam("region") String region,
            @QueryParam("complaint") String complaint, @QueryParam("q") String text,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        return cached(request, p -> p.queries().muscles(region, complaint, text, cursor, limit));
    }

    @GET
    @Path("/muscles/{id}")
    public Response muscle(Request request, @PathParam("id") String id) {
        return cached(request, p -> p.queries().muscle(id));
    }

    @GET
    @Path("/complaints")
    public Response complaints(Request request) {
        return cached(request, p -> new Items<>(p.catalogue().complaints()));
    }

    @GET
    @Path("/complaints/{id}")
    public Response complaint(Request request, @PathParam("id") String id) {
        return cached(request, p -> p.queries().complaint(id));
    }

    @GET
    @Path("/protocols")
    public Response protocols(Request request, @QueryParam("muscle") String muscle,
            @QueryParam("complaint") String complaint, @QueryParam("audience") String audience) {
        return cached(request, p -> new Items<>(p.queries().protocols(muscle, complaint, audience)));
    }

    @GET
    @Path("/protocols/{id}")
    public Response protocol(Request request, @PathParam("id") String id) {
        return cached(request, p -> p.queries().protocol(id));
    }

    /** The version identifies every representation; a client holding it gets 304 without the work of a body. */
    private Response cached(Request request, Function<CatalogueService.Published, Object> body) {
        CatalogueService.Published published = service.current();
        String version = published.catalogue().version();
        EntityTag tag = new EntityTag(version);
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) config.cacheMaxAge().toSeconds());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(body.apply(published));
        return builder.tag(tag).cacheControl(cache).header(VERSION_HEADER, version).build();
    }
}
