package org.myomap.common.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens whose signature, issuer and expiry were verified a moment ago, kept so that a client sending the
 * same token on every request does not pay an RSA verification and a JSON parse each time (a quarter of the CPU of
 * a session read). Only what the verifier accepted is kept, keyed by the exact token text (signature included: a
 * token differing in any character is verified afresh). Every use checks again that the token has not expired, with
 * no clock-skew allowance (the verifier decides a token within its skew), and an entry is verified afresh at the
 * latest {@link #MAX_AGE_SECONDS} after it was verified, so a signing key withdrawn from a JWKS stops being honoured
 * at most that long after the verifier itself stops honouring it. At most {@link #MAX_ENTRIES} tokens are kept.
 */
final class VerifiedTokens {

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_AGE_SECONDS = 60;

    private record Entry(JsonWebToken token, long verifiedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier epochSeconds;

    VerifiedTokens(LongSupplier epochSeconds) {
        this.epochSeconds = epochSeconds;
    }

    /** The verified token for exactly this text, if it was verified within the last minute and has not expired. */
    Optional<JsonWebToken> get(String raw) {
        Entry entry = entries.get(raw);
        if (entry == null) {
            return Optional.empty();
        }
        if (!fresh(entry, epochSeconds.getAsLong())) {
            entries.remove(raw, entry);
            return Optional.empty();
        }
        return Optional.of(entry.token());
    }

    /** Keeps a token the verifier has just accepted (unless the cache is full of tokens still fresh). */
    void put(String raw, JsonWebToken verified) {
        long now = epochSeconds.getAsLong();
        Entry entry = new Entry(verified, now);
        if (!fresh(entry, now)) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !fresh(e, now));
            if (entries.size() >= MAX_ENTRIES) {
                return;
            }
        }
        entries.put(raw, entry);
    }

    private static boolean fresh(Entry entry, long now) {
        return now < entry.token().getExpirationTime() && now < entry.verifiedAt() + MAX_AGE_SECONDS;
    }
}
