package org.myomap.lookup;

import org.myomap.common.i18n.Language;

/**
 * Which language a lookup's text is read in first: the one the request's {@code Content-Language} names (its
 * first tag whose primary subtag we read: {@code es-MX} is Spanish), else the answer's language, since a person
 * who asks for Spanish answers most likely writes Spanish. The engine reads the text in the other language too
 * when this reading leaves words it cannot place (see {@link LookupEngine}), so a wrong or missing header costs
 * nothing; an unknown or malformed one is ignored, never refused.
 */
final class TextLanguage {

    private TextLanguage() {
    }

    static Language of(String contentLanguage, Language answerIn) {
        if (contentLanguage == null) {
            return answerIn;
        }
        for (String tag : contentLanguage.split(",")) {
            String primary = tag.strip().split("[-_]", 2)[0];
            for (Language language : Language.values()) {
                if (language.tag().equalsIgnoreCase(primary)) {
                    return language;
                }
            }
        }
        return answerIn;
    }
}
