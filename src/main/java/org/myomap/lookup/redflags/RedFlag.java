package org.myomap.lookup.redflags;

import java.util.List;

/** A finding that sends the person to a physician instead of (or before) trigger point work. */
public record RedFlag(String code, Urgency urgency, String message, String source, List<String> because) {

    /** Most urgent first; the JSON names are the contract's. */
    public enum Urgency {
        EMERGENCY("emergency"), URGENT("urgent"), ROUTINE_REFERRAL("routine-referral");

        private final String json;

        Urgency(String json) {
            this.json = json;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return json;
        }
    }
}
