package org.myomap.catalogue.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class ContentCodingTest {

    @ParameterizedTest(name = "Accept-Encoding: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "gzip, deflate, br     | BR",
            "br                    | BR",
            "*                     | BR",
            "br;q=1.0, gzip;q=0.8  | BR",
            "gzip, br;q=0.5        | GZIP",
            "gzip                  | GZIP",
            "GZip                  | GZIP",
            "x-gzip                | GZIP",
            "identity;q=0, gzip    | GZIP",
            "br;q=0, *             | GZIP",
            "deflate               | IDENTITY",
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

    @Test
    void brotliIsOfferedOnThisPlatform() {
        assertThat(ContentCoding.BR.available()).as("brotli4j's native library loads").isTrue();
    }

    @ParameterizedTest
    @NullSource
    void aRequestThatDoesNotAskForCompressionGetsIdentity(String absent) {
        assertThat(ContentCoding.negotiate(absent)).isEqualTo(ContentCoding.IDENTITY);
    }

    @Test
    void aCodingNotOfferedYetIsPassedOverForTheNextAcceptableOne() {
        assertThat(ContentCoding.negotiate("br, gzip", coding -> coding != ContentCoding.BR)).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.negotiate("br", coding -> coding != ContentCoding.BR)).isEqualTo(ContentCoding.IDENTITY);
    }
}
