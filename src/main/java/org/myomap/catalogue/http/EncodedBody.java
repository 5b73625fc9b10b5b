package org.myomap.catalogue.http;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.Deflater;

/**
 * One response body and its encodings, each made at most once: a body shared by many requests (a catalogue
 * snapshot's document) is compressed once, not once per request. Equal inputs give equal bytes (the gzip
 * header carries no time), so a strong entity tag keeps naming one sequence of bytes.
 */
public final class EncodedBody {

    private final byte[] identity;
    private final int level;
    private final AtomicReferenceArray<byte[]> encoded = new AtomicReferenceArray<>(ContentCoding.values().length);

    private EncodedBody(byte[] identity, int level) {
        this.identity = identity;
        this.level = level;
    }

    /** A body kept and served many times: compressed as small as the codec can make it, on first use. */
    public static EncodedBody kept(byte[] identity) {
        return new EncodedBody(identity, Deflater.BEST_COMPRESSION);
    }

    /** A body made for one request: compressed at the level on-the-fly HTTP compression uses. */
    public static EncodedBody once(byte[] identity) {
        return new EncodedBody(identity, Deflater.DEFAULT_COMPRESSION);
    }

    /** Encodes every coding now, so that no request pays for it. */
    public EncodedBody precompressed() {
        for (ContentCoding coding : ContentCoding.values()) {
            in(coding);
        }
        return this;
    }

    /** The body in a coding; the same array every time for a kept body (do not modify it). */
    public byte[] in(ContentCoding coding) {
        if (coding == ContentCoding.IDENTITY) {
            return identity;
        }
        int slot = coding.ordinal();
        byte[] bytes = encoded.get(slot);
        if (bytes == null) {
            // Two first requests may both encode; the bytes are equal and the first one stored wins.
            encoded.compareAndSet(slot, null, coding.encode(identity, level));
            bytes = encoded.get(slot);
        }
        return bytes;
    }
}
