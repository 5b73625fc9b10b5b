package org.myomap.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import org.myomap.common.problem.ApiException;

/**
 * Opaque paging cursors: a position tagged with the kind of listing it belongs to, base64url-encoded. Clients
 * hand back what they were given; anything else, or a cursor of another listing, is a 400 naming the parameter.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(String kind, Object position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** @param parse turns the position back into its value; any exception it throws means the cursor is bad */
    public static <T> T decode(String kind, String cursor, String parameter, Function<String, T> parse) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(kind + ":") && raw.length() > kind.length() + 1) {
                return parse.apply(raw.substring(kind.length() + 1));
            }
        } catch (RuntimeException e) {
            // a cursor that does not decode or parse is as bad as one of another kind
        }
        throw ApiException.invalidParameter(parameter,
                "is not a cursor this API issued; pass back the 'next' value of the previous page");
    }
}
