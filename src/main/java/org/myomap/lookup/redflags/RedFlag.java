package org.myomap.lookup.redflags;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.myomap.common.i18n.Language;

/**
 * A finding that sends the person to a physician instead of (or before) trigger point work. {@code messageKey}
 * names the message in {@code lookup/messages.yaml}, so the flag can be said in another language ({@link #in}).
 */
public record RedFlag(String code, Urgency urgency, String message, String source, List<String> because,
        @JsonIgnore String messageKey) {

    /** This flag with its message in {@code language}. */
    public RedFlag in(Language language) {
        return new RedFlag(code, urgency, Messages.text(messageKey, language), source, because, messageKey);
    }

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
