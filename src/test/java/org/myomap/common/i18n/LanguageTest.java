package org.myomap.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" answers in {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | ENGLISH",
            "'' | ENGLISH",
            "es | SPANISH",
            "ES | SPANISH",
            "es-MX | SPANISH",
            "es-419 | SPANISH",
            "es-ES,es;q=0.9,en;q=0.8 | SPANISH",
            "en-US,en;q=0.9,es;q=0.8 | ENGLISH",
            "fr-FR,es;q=0.5 | SPANISH",
            "es;q=0.5,en;q=0.9 | ENGLISH",
            "es;q=0,* | ENGLISH",
            "fr, de | ENGLISH",
            "* | ENGLISH",
            "es;q=2 | ENGLISH",
            ";;; | ENGLISH",
    })
    void negotiatesByQualityAndFallsBackToEnglish(String header, Language expected) {
        assertEquals(expected, Language.negotiate(header));
    }
}
