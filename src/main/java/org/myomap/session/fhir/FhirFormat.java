package org.myomap.session.fhir;

import ca.uhn.fhir.parser.IParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import java.util.Arrays;
import org.hl7.fhir.r4.model.Bundle;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.ProblemType;

/**
 * The media types a FHIR export is written in. The FHIR types come first; plain {@code application/json} and
 * {@code application/xml} get the same syntax under the type they asked for, as FHIR servers answer them.
 * No Accept header means FHIR JSON.
 */
public enum FhirFormat {
    FHIR_JSON("application/fhir+json", false),
    FHIR_XML("application/fhir+xml", true),
    JSON(MediaType.APPLICATION_JSON, false),
    XML(MediaType.APPLICATION_XML, true);

    private static final java.util.List<Variant> OFFERED = Variant.mediaTypes(
            Arrays.stream(values()).map(f -> MediaType.valueOf(f.mediaType)).toArray(MediaType[]::new)).build();

    private final String mediaType;
    private final boolean xml;

    FhirFormat(String mediaType, boolean xml) {
        this.mediaType = mediaType;
        this.xml = xml;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format the request's Accept header prefers (q-values honoured); 406 when it accepts none. */
    public static FhirFormat negotiate(Request request) {
        Variant chosen = request.selectVariant(OFFERED);
        if (chosen == null) {
            throw new ApiException(ProblemType.NOT_ACCEPTABLE, "A FHIR export is available as application/fhir+json "
                    + "or application/fhir+xml (or as application/json and application/xml)");
        }
        String type = chosen.getMediaType().getType() + "/" + chosen.getMediaType().getSubtype();
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst().orElse(FHIR_JSON);
    }

    public String write(Bundle bundle) {
        IParser parser = xml ? FhirExport.FHIR.newXmlParser() : FhirExport.FHIR.newJsonParser();
        return parser.encodeResourceToString(bundle);
    }
}
