package org.myomap.catalogue.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class ContentCodingTest {

    @ParameterizedTest(name = "Accept-Encoding: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "gzip, deflate, br     | GZIP",
            "gzip                  | GZIP",
            "GZip                  | GZIP",
            "x-gzip                | GZIP",
            "*                     | GZIP",
            "br;q=1.0, gzip;q=0.8  | GZIP",
            "identity;q=0, gzip    | GZIP",
            "deflate               | IDENTITY",
            "br                    | IDENTITY",
            "gzip;q=0              | IDENTITY",
            "gzip;q=0.5, identity  | IDENTITY",
            "*;q=0                 | IDENTITY",
            "gzip;q=2              | IDENTITY",
            "gzip;q=high           | IDENTITY",
            "identity              | IDENTITY",
            "''                    | IDENTITY"})
    void theBestAcceptableCodingIsChosenAndIdentityIsTheFallback(String acceptEncoding, ContentCoding expected) {
        assertThat(ContentCoding.negotiate(acceptEncoding)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    void aRequestThatDoesNotAskForCompressionGetsIdentity(String absent) {
        assertThat(ContentCoding.negotiate(absent)).isEqualTo(ContentCoding.IDENTITY);
    }
}
