package org.myomap.lookup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.myomap.common.i18n.Language;
import org.myomap.common.observability.ServiceMetrics;

/** Symptom-to-muscle lookup with red-flag screening. Public: it holds nothing about the person. */
@Path("/api/v1/lookup")
public class LookupResource {

    /** A JSON answer, always UTF-8, labelled as the entity writer labels the JSON it writes. */
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    LookupService service;
    @Inject
    ServiceMetrics metrics;
    private final ObjectWriter answers;

    /**
     * The answer is written by the service's own mapper, prepared once for the answer's type, into one array: an
     * answer (5-15 KB) larger than the entity writer's output buffer would otherwise go out as several chunks.
     */
    @Inject
    LookupResource(ObjectMapper json) {
        this.answers = json.writerFor(LookupResponse.class);
    }

    /**
     * Pure CPU over an in-memory snapshot, well under a millisecond: no reason to hop to a worker thread. The
     * answer is in the language {@code Accept-Language} negotiates; the text is read first in the language its
     * {@code Content-Language} names, else in the answer's (see {@link TextLanguage}).
     */
    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response lookup(@NotNull(message = "a JSON body is required") @Valid LookupRequest request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @HeaderParam(HttpHeaders.CONTENT_LANGUAGE) String contentLanguage) throws JsonProcessingException {
        Language answerIn = Language.negotiate(acceptLanguage);
        LookupResponse response = service.lookup(request, answerIn, TextLanguage.of(contentLanguage, answerIn));
        metrics.lookupAnswered(response.safety().urgency());
        return Response.ok(answers.writeValueAsBytes(response), JSON_UTF8)
                .header(HttpHeaders.CONTENT_LANGUAGE, answerIn.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
