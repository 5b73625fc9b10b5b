package org.myomap.common.http;

/** Entity-tag comparison as RFC 9110 section 8.8.3.2 defines it. */
public final class ETags {

    private ETags() {
    }

    /**
     * If-Match uses the strong comparison: {@code *} matches any current representation, a weak tag
     * ({@code W/"v2"}) never matches, and a list matches when one of its tags does.
     */
    public static boolean matchesStrongly(String ifMatch, String current) {
        if (ifMatch == null) {
            return false;
        }
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
