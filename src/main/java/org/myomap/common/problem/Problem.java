package org.myomap.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem details body; {@code requestId} is the request's X-Request-Id, to quote to support. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<InvalidParam> invalidParams,
        String requestId) {

    /** One offending request field or parameter and what is wrong with it. */
    public record InvalidParam(String name, String reason) {
    }
}
