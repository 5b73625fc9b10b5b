package org.myomap.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string the service does not accept; the problem mapper names its field. */
public class UnacceptableText extends JsonMappingException {

    private final String reason;

    UnacceptableText(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
