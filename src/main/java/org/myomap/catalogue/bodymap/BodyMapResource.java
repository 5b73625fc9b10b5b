package org.myomap.catalogue.bodymap;

import io.quarkus.vertx.http.Compressed;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.myomap.catalogue.CatalogueService;
import org.myomap.catalogue.CatalogueResource;
import org.myomap.catalogue.http.RepresentationResponse;
import org.myomap.common.i18n.Language;

/**
 * The body map as SVG, served like the catalogue: one kept body per version in identity, gzip and brotli,
 * an entity tag per coding, 304 on a weakly matching If-None-Match. On the I/O thread: it only writes a
 * buffer that was made at start-up.
 *
 * <p>{@link Compressed}: SVG is not among Quarkus' compressible media types, and for those it marks the answer
 * {@code Content-Encoding: identity} before the resource runs; the coding this resource then names would sit
 * beside it and be dropped with it. Compression "on" leaves the named coding alone, as for JSON.
 */
@Path("/api/v1/body-map")
public class BodyMapResource {

    static final String SVG = "image/svg+xml";

    @Inject
    BodyMapService service;
    @Inject
    CatalogueService catalogue;
    @Context
    HttpHeaders headers;

    @GET
    @Produces(SVG)
    @NonBlocking
    @Compressed
    public Response bodyMap() {
        BodyMapService.Drawn map = service.current(Language.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return RepresentationResponse.of(headers, map.version(), map.language(), MediaType.valueOf(SVG), map::svg)
                .header(HttpHeaders.CACHE_CONTROL, catalogue.cacheControl()).header(CatalogueResource.VERSION_HEADER, map.catalogueVersion()).build();
    }
}
