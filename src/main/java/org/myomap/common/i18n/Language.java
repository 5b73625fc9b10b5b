package org.myomap.common.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages myomap answers in. English is the source of every text and the answer for any language we do
 * not have; Spanish covers everything a patient or a front-end shows.
 */
public enum Language {

    ENGLISH("en"), SPANISH("es");

    public static final Language DEFAULT = ENGLISH;
    private static final List<String> TAGS = List.of("en", "es");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as in {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    /**
     * The answer's language for an {@code Accept-Language} header (RFC 9110 §12.5.4): the JDK's RFC 4647 lookup
     * over the ranges in order of their q-values, so {@code es-MX} and {@code es-419} find Spanish and
     * {@code es;q=0} excludes it. Absent, malformed or naming only languages we lack: English, because an answer
     * in the source language is more useful than a 406 (the header is a preference, not a condition).
     */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), TAGS);
            return tag == null ? DEFAULT : of(tag);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }

    /** The language a tag names exactly ({@code en}, {@code es}), or the default. */
    public static Language of(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return DEFAULT;
    }
}
