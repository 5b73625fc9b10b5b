package org.myomap.common.audit;

/**
 * One audit row, every value cut to its column's size and stripped of control characters when it is made.
 * The sizes are those of V4__audit_bounds.sql.
 */
public record AuditEntry(String clinic, String actor, String roles, String action, String resourceType,
        String resourceId, String outcome) {

    static final int CLINIC = 64;
    static final int ACTOR = 128;
    static final int ROLES = 200;
    static final int ACTION = 100;
    static final int RESOURCE_TYPE = 40;
    static final int RESOURCE_ID = 128;
    static final int OUTCOME = 60;

    public AuditEntry {
        clinic = bounded(clinic, CLINIC);
        if (clinic == null || clinic.isEmpty()) {
            clinic = NO_CLINIC;
        }
        actor = bounded(actor, ACTOR);
        roles = bounded(roles == null ? "" : roles, ROLES);
        action = bounded(action, ACTION);
        resourceType = bounded(resourceType, RESOURCE_TYPE);
        resourceId = bounded(resourceId, RESOURCE_ID);
        outcome = bounded(outcome, OUTCOME);
    }

    /** The audit rows of callers whose token names no (valid) clinic: the operators', no clinic's. */
    public static final String NO_CLINIC = "-";

    static String bounded(String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() <= max && plain(value)) {
            return value; // what nearly every row holds: nothing to strip, nothing to cut (this runs for every access)
        }
        String printable = value.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (printable.length() <= max) {
            return printable;
        }
        int end = Character.isHighSurrogate(printable.charAt(max - 1)) ? max - 1 : max;
        return printable.substring(0, end);
    }

    /** No control character and no surrogate at all: every code point is kept as it is. */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
