package org.myomap.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem details body. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<InvalidParam> invalidParams) {

    /** One offending request field or parameter and what is wrong with it. */
    public record InvalidParam(String name, String reason) {
    }
}
