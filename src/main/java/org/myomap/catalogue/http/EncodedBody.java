package org.myomap.catalogue.http;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
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
    /** For a published body: the background encoding of its smallest codings, once a client first wants one. */
    private final AtomicReference<CompletableFuture<Void>> settling = new AtomicReference<>();

    /**
     * One thread for the codings of published bodies: they are wanted soon, not at once, and one at a time leaves
     * the other core to requests. A daemon, so that it never holds up the end of the process.
     */
    private static final Executor BACKGROUND = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "myomap-compress");
        thread.setDaemon(true);
        return thread;
    });

    private EncodedBody(byte[] identity, boolean kept, boolean smallest) {
        this.identity = identity;
        this.kept = kept;
        this.smallest = smallest;
    }

    /**
     * A body served as small as each codec can make it. Gzip (level 9, what nearly every client accepts) is
     * encoded now. Brotli 11 takes about a second of CPU on the 628 KB catalogue, so it is made neither on the
     * start path nor on a request: the first request that would rather have it starts it on a background thread
     * and is sent gzip (or identity), as is every request until it is done. Each coding only ever has one sequence
     * of bytes, so its strong entity tag stays true.
     */
    public static EncodedBody published(byte[] identity) {
        EncodedBody body = new EncodedBody(identity, true, true);
        body.entity(ContentCoding.GZIP);
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
     * Whether this body can be sent in a coding now, without making a request wait for the encoding: a published
     * body's smallest codings only once they are done, any other body in every coding the process can produce.
     */
    public boolean offers(ContentCoding coding) {
        return coding.available() && (!smallest || coding == ContentCoding.IDENTITY || encoded.get(coding.ordinal()) != null);
    }

    /**
     * The coding to send for an {@code Accept-Encoding} header, among those {@link #offers offered} now; when the
     * client would rather have a coding still to be made, its making starts in the background.
     */
    public ContentCoding negotiate(String acceptEncoding) {
        ContentCoding coding = ContentCoding.negotiate(acceptEncoding, this::offers);
        if (smallest && settling.get() == null && ContentCoding.negotiate(acceptEncoding) != coding) {
            settled();
        }
        return coding;
    }

    /**
     * Starts making every coding of a published body in the background, if no request has yet, and completes when
     * they are all made (at once for other bodies, whose codings are made when first needed).
     */
    public CompletableFuture<Void> settled() {
        if (!smallest) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        if (!settling.compareAndSet(null, mine)) {
            return settling.get();
        }
        BACKGROUND.execute(() -> {
            try {
                for (ContentCoding coding : ContentCoding.values()) {
                    if (coding.available()) {
                        entity(coding);
                    }
                }
                mine.complete(null);
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
            }
        });
        return mine;
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
