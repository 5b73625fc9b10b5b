package org.myomap.catalogue.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class EncodedBodyTest {

    private static final byte[] JSON = "{\"items\":[\"soleus\",\"soleus\",\"soleus\",\"soleus\"]}".repeat(200)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theGzipBodyDecompressesToTheIdentityBody() throws IOException {
        byte[] gzip = EncodedBody.kept(JSON).in(ContentCoding.GZIP);

        assertThat(gzip.length).isLessThan(JSON.length / 10);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip)).readAllBytes()).isEqualTo(JSON);
    }

    @Test
    void theBrotliBodyDecompressesToTheIdentityBodyAndIsSmallerThanGzip() throws IOException {
        EncodedBody body = EncodedBody.published(JSON);
        byte[] br = body.in(ContentCoding.BR);

        assertThat(Decoder.decompress(br).getDecompressedData()).isEqualTo(JSON);
        assertThat(br.length).isLessThan(body.in(ContentCoding.GZIP).length);
    }

    @Test
    void aBodyIsCompressedOnceAndThenServedAsIs() {
        EncodedBody body = EncodedBody.published(JSON);

        assertThat(body.in(ContentCoding.GZIP)).isSameAs(body.in(ContentCoding.GZIP));
        assertThat(body.in(ContentCoding.BR)).isSameAs(body.in(ContentCoding.BR));
        assertThat(body.in(ContentCoding.IDENTITY)).isSameAs(JSON);
    }

    @Test
    void aKeptBodyIsWrittenFromOneBufferPerCodingThatHoldsItsBytes() {
        EncodedBody body = EncodedBody.published(JSON);

        Object gzip = body.entity(ContentCoding.GZIP);
        assertThat(gzip).isSameAs(body.entity(ContentCoding.GZIP));
        assertThat(((Buffer) gzip).getBytes()).isEqualTo(body.in(ContentCoding.GZIP));
        assertThat(((Buffer) body.entity(ContentCoding.IDENTITY)).getBytes()).isEqualTo(JSON);
    }

    @Test
    void aBodyKeptOnFirstRequestIsAlsoWrittenFromOneBuffer() {
        EncodedBody body = EncodedBody.kept(JSON);

        assertThat(body.entity(ContentCoding.GZIP)).isInstanceOf(Buffer.class).isSameAs(body.entity(ContentCoding.GZIP));
    }

    @Test
    void aOneOffBodyIsHandedOverAsItsBytes() {
        assertThat(EncodedBody.once(JSON).entity(ContentCoding.IDENTITY)).isSameAs(JSON);
    }

    @Test
    void equalBodiesCompressToEqualBytesSoAStrongTagNamesOneSequenceOfBytes() {
        assertThat(EncodedBody.published(JSON.clone()).in(ContentCoding.GZIP))
                .isEqualTo(EncodedBody.published(JSON.clone()).in(ContentCoding.GZIP));
        assertThat(EncodedBody.kept(JSON.clone()).in(ContentCoding.BR))
                .isEqualTo(EncodedBody.kept(JSON.clone()).in(ContentCoding.BR));
        assertThat(EncodedBody.once(JSON.clone()).in(ContentCoding.GZIP))
                .isEqualTo(EncodedBody.once(JSON.clone()).in(ContentCoding.GZIP));
    }

    @Test
    void aPublishedBodyOffersGzipAtOnceAndBrotliOnceAClientHasAskedForItAndItIsMade() {
        EncodedBody body = EncodedBody.published(JSON);
        assertThat(body.offers(ContentCoding.GZIP)).isTrue();
        assertThat(body.offers(ContentCoding.IDENTITY)).isTrue();
        assertThat(body.offers(ContentCoding.BR)).isFalse();

        assertThat(body.negotiate("gzip, br")).isEqualTo(ContentCoding.GZIP); // and brotli is started
        body.settled().join();

        assertThat(body.offers(ContentCoding.BR)).isEqualTo(ContentCoding.BR.available());
        assertThat(body.negotiate("gzip, br")).isEqualTo(ContentCoding.BR.available() ? ContentCoding.BR : ContentCoding.GZIP);
        assertThat(body.in(ContentCoding.BR)).isEqualTo(EncodedBody.published(JSON.clone()).in(ContentCoding.BR));
    }

    @Test
    void aBodyKeptOnFirstRequestOffersEveryCodingAtOnce() {
        EncodedBody body = EncodedBody.kept(JSON);

        assertThat(body.offers(ContentCoding.BR)).isEqualTo(ContentCoding.BR.available());
        assertThat(body.offers(ContentCoding.GZIP)).isTrue();
    }
}
