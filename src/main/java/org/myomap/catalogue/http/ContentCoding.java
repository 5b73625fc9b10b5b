package org.myomap.catalogue.http;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The content codings a catalogue body is offered in (RFC 9110 §8.4.1), in order of preference when a client
 * accepts several equally: brotli is about a fifth smaller than gzip on the catalogue. Each coding is a
 * representation of its own, so its entity tag differs.
 */
public enum ContentCoding {

    BR("br"),
    GZIP("gzip"),
    IDENTITY("identity");

    private final String token;

    ContentCoding(String token) {
        this.token = token;
    }

    /** The coding's name, as in {@code Content-Encoding}. */
    public String token() {
        return token;
    }

    /**
     * Appended to the opaque part of a strong entity tag: a strong tag names one sequence of bytes, and the
     * gzip (or brotli) bytes are not the identity bytes (RFC 9110 §8.8.3). Empty for identity.
     */
    public String tagSuffix() {
        return this == IDENTITY ? "" : "-" + token;
    }

    /**
     * Whether this process can produce the coding. Brotli is brotli4j's JNI binding (a dependency Quarkus' own
     * HTTP layer already has): where its native library cannot load, brotli is not offered and gzip serves.
     */
    public boolean available() {
        return this != BR || Brotli.AVAILABLE;
    }

    /** The body in this coding: {@code smallest} spends CPU for bytes (encoded off the request path), else fast. */
    byte[] encode(byte[] identity, boolean smallest) {
        return switch (this) {
            case IDENTITY -> identity;
            case GZIP -> gzip(identity, smallest ? Deflater.BEST_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
            case BR -> Brotli.encode(identity, smallest ? 11 : 5);
        };
    }

    private static byte[] gzip(byte[] identity, int level) {
        var out = new ByteArrayOutputStream(Math.max(64, identity.length / 4));
        try (var gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(identity);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return out.toByteArray();
    }

    /** Loads the native library on first use, not when the enum is. */
    private static final class Brotli {

        static final boolean AVAILABLE = Brotli4jLoader.isAvailable();

        static byte[] encode(byte[] identity, int quality) {
            try {
                return Encoder.compress(identity, new Encoder.Parameters().setQuality(quality).setMode(Encoder.Mode.TEXT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The coding to answer with for an {@code Accept-Encoding} header (RFC 9110 §12.5.3): the offered coding of
     * the highest quality value, preferring compression on a tie; identity when the header is absent or when no
     * offered coding is acceptable (a body without coding is then still the most useful answer).
     */
    public static ContentCoding negotiate(String acceptEncoding) {
        return negotiate(acceptEncoding, ContentCoding::available);
    }

    /** The same among the codings {@code offered} (a body whose smallest brotli is still being made offers gzip). */
    public static ContentCoding negotiate(String acceptEncoding, Predicate<ContentCoding> offered) {
        if (acceptEncoding == null) {
            return IDENTITY;
        }
        Map<String, Double> quality = qualities(acceptEncoding);
        ContentCoding best = IDENTITY;
        double bestQuality = 0;
        for (ContentCoding coding : values()) {
            double q = offered.test(coding) ? coding.qualityIn(quality) : 0;
            if (q > bestQuality) {
                best = coding;
                bestQuality = q;
            }
        }
        return best;
    }

    private double qualityIn(Map<String, Double> quality) {
        Double q = quality.get(token);
        if (q == null && this == GZIP) {
            q = quality.get("x-gzip"); // RFC 9110 §8.4.1.3: x-gzip is gzip
        }
        if (q == null) {
            // Not listed: "*" speaks for it. Identity stays acceptable unless excluded (RFC 9110 §12.5.3), but
            // with no weight of its own: "br;q=1, gzip;q=0.8" asks for compression.
            q = quality.getOrDefault("*", this == IDENTITY ? Double.MIN_VALUE : 0.0);
        }
        return q;
    }

    /** coding (lower case) -> q; an element with a malformed weight counts as not acceptable. */
    private static Map<String, Double> qualities(String header) {
        Map<String, Double> quality = new HashMap<>();
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            if (coding.isEmpty()) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                if (param.length() > 2 && (param.startsWith("q=") || param.startsWith("Q="))) {
                    q = weight(param.substring(2).trim());
                }
            }
            quality.merge(coding, q, Math::max);
        }
        return quality;
    }

    private static double weight(String value) {
        try {
            double q = Double.parseDouble(value);
            return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
