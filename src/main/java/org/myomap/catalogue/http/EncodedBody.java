package org.myomap.catalogue.http;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One response body and its encodings, each made at most once: a body shared by many requests (a catalogue
 * snapshot's document) is compressed once, not once per request. Equal inputs give equal bytes (the gzip
 * header carries no time), so a strong entity tag keeps naming one sequence of bytes.
 */
public final class EncodedBody {

    private final byte[] identity;
    private final boolean kept;
    private final boolean smallest;
    private final AtomicReferenceArray<byte[]> encoded = new AtomicReferenceArray<>(ContentCoding.values().length);
    private final AtomicReferenceArray<Buffer> wire = new AtomicReferenceArray<>(ContentCoding.values().length);

    private EncodedBody(byte[] identity, boolean kept, boolean smallest) {
        this.identity = identity;
        this.kept = kept;
        this.smallest = smallest;
    }

    /**
     * A body encoded now, off the request path, as small as each codec can make it (brotli 11 takes about a
     * second on the 628 KB catalogue), and then served as is.
     */
    public static EncodedBody published(byte[] identity) {
        EncodedBody body = new EncodedBody(identity, true, true);
        for (ContentCoding coding : ContentCoding.values()) {
            if (coding.available()) {
                body.entity(coding);
            }
        }
        return body;
    }

    /**
     * A body encoded on the request that first needs a coding and then kept: at the fast settings, since that
     * request waits for it (brotli 11 takes ~100 ms on a 25 KB region; quality 5 under 1 ms).
     */
    public static EncodedBody kept(byte[] identity) {
        return new EncodedBody(identity, true, false);
    }

    /** A body made for one request, encoded at the fast settings and not kept. */
    public static EncodedBody once(byte[] identity) {
        return new EncodedBody(identity, false, false);
    }

    /**
     * The response entity for a coding. A kept body is one direct, unreleasable Vert.x buffer per coding that
     * every request writes as it is: the byte[] path copies the whole body into a new direct buffer per request
     * (628 KB for the identity catalogue). A one-off body is its bytes.
     */
    public Object entity(ContentCoding coding) {
        if (!kept) {
            return in(coding);
        }
        int slot = coding.ordinal();
        Buffer buffer = wire.get(slot);
        if (buffer == null) {
            byte[] bytes = in(coding);
            // A JDK direct buffer, so the garbage collector frees it with the snapshot; Netty only wraps it.
            var direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
            wire.compareAndSet(slot, null,
                    Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(direct).asReadOnly())));
            buffer = wire.get(slot);
        }
        return buffer;
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
            encoded.compareAndSet(slot, null, coding.encode(identity, smallest));
            bytes = encoded.get(slot);
        }
        return bytes;
    }
}
