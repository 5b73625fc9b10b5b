package org.myomap.catalogue.http;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.myomap.common.http.EntityTagCondition;
import org.myomap.common.i18n.Language;

/**
 * Answers a GET for a body (JSON unless told otherwise) that is one version of a resource: picks the content coding, answers 304 when
 * If-None-Match names any representation of that version, and labels what it sends.
 *
 * <p>The language is negotiated by the caller from {@code Accept-Language} and named in {@code Content-Language};
 * each language and coding gets its own strong entity tag, the version plus {@link ContentCoding#tagSuffix()}
 * ({@code "v"}, {@code "v-gzip"}, {@code "v-br"}), and every answer says {@code Vary: Accept-Encoding, Accept-Language}, so
 * caches keep the representations apart. A 304 carries the tag that matched, which tells a cache which stored response is
 * still fresh (RFC 9111 §4.3.4). The body is asked for before the condition is evaluated: a request that
 * would fail (404, 400) fails whatever its If-None-Match says (RFC 9110 §13.2.1).
 *
 * <p>{@code Content-Encoding} is always set, {@code identity} included: with
 * {@code quarkus.http.enable-compression} the HTTP layer compresses only a response that names no coding, so it
 * neither compresses a gzip body twice nor gzips an identity body behind its identity tag (for a client that
 * accepts only deflate, say); Vert.x drops {@code identity} before the response leaves. A request with no
 * Accept-Encoding is never compressed by the HTTP layer, and Vert.x would pass {@code identity} on to it, so
 * there it is not set (RFC 9110 §8.4.1: identity is not a content coding to name).
 */
public final class RepresentationResponse {

    private static final String VARY = HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.ACCEPT_LANGUAGE;

    private RepresentationResponse() {
    }

    public static Response.ResponseBuilder of(HttpHeaders request, String version, Language language,
            Supplier<EncodedBody> body) {
        return of(request, version, language, MediaType.APPLICATION_JSON_TYPE, body);
    }

    /** The same for a body of another media type (the SVG body map). */
    public static Response.ResponseBuilder of(HttpHeaders request, String version, Language language, MediaType type,
            Supplier<EncodedBody> body) {
        Chosen chosen = choose(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING),
                request.getHeaderString(HttpHeaders.IF_NONE_MATCH), version, language, body.get());
        Response.ResponseBuilder answer = chosen.notModified() ? Response.notModified() : Response.ok(chosen.entity(), type);
        chosen.forEachHeader(answer::header);
        return answer;
    }

    /**
     * What to answer a GET for one version of a body, whoever writes it: this class for JAX-RS, or a router
     * handler that serves a body already made ({@code CatalogueRoute}).
     */
    public static Chosen choose(String acceptEncoding, String ifNoneMatch, String version, Language language,
            EncodedBody content) {
        ContentCoding coding = content.negotiate(acceptEncoding);
        String representation = version + languageSuffix(language);
        String selected = tag(representation, coding);
        // the other representations' tags are only needed to compare them with a condition, when there is one
        Optional<String> matched = ifNoneMatch == null ? Optional.empty()
                : EntityTagCondition.ifNoneMatch(ifNoneMatch).matching(selected, tags(representation));
        if (matched.isPresent()) {
            return new Chosen(true, matched.get(), null, null, language);
        }
        return new Chosen(false, selected, acceptEncoding == null && coding == ContentCoding.IDENTITY ? null : coding.token(),
                content.entity(coding), language);
    }

    /**
     * A 304 with the tag that matched, or a 200 with the body's entity in a coding ({@code contentEncoding} null
     * when it is not to be named).
     */
    public record Chosen(boolean notModified, String etag, String contentEncoding, Object entity, Language language) {

        /** The representation's headers, in the order they are written. */
        public void forEachHeader(BiConsumer<String, String> header) {
            header.accept(HttpHeaders.ETAG, etag);
            if (contentEncoding != null) {
                header.accept(HttpHeaders.CONTENT_ENCODING, contentEncoding);
            }
            header.accept(HttpHeaders.VARY, VARY);
            header.accept(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        }
    }

    /**
     * The {@code Cache-Control} value of an answer that may be reused for {@code maxAge}, as JAX-RS writes a
     * {@link CacheControl} with that max-age: written once by its resource, not again for every answer.
     */
    public static String cacheControl(Duration maxAge) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) maxAge.toSeconds());
        return RuntimeDelegate.getInstance().createHeaderDelegate(CacheControl.class).toString(cache);
    }

    /**
     * English, the source, keeps the tags it always had; another language is another representation of the same
     * version, so its tags differ ({@code "1a2b-es-gzip"}) and a cache never answers one language with the other.
     */
    private static String languageSuffix(Language language) {
        return language == Language.DEFAULT ? "" : "-" + language.tag();
    }

    /** The strong entity tag of a version in a coding, e.g. {@code "1a2b-gzip"}. */
    public static String tag(String version, ContentCoding coding) {
        return '"' + version + coding.tagSuffix() + '"';
    }

    private static List<String> tags(String version) {
        return Arrays.stream(ContentCoding.values()).filter(ContentCoding::available)
                .map(coding -> tag(version, coding)).toList();
    }
}
