package org.myomap.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;

    private final AtomicLong clock = new AtomicLong(NOW);
    private final VerifiedTokens verified = new VerifiedTokens(clock::get);

    @Test
    void aVerifiedTokenIsRememberedUntilTheSecondItExpires() {
        JsonWebToken token = expiringAt(NOW + 30);
        verified.put("h.p.s", token);

        clock.set(NOW + 29);
        assertThat(verified.get("h.p.s")).containsSame(token);
        clock.set(NOW + 30);
        assertThat(verified.get("h.p.s")).isEmpty();
    }

    @Test
    void aTokenIsVerifiedAgainAMinuteAfterItWasVerified() {
        verified.put("h.p.s", expiringAt(NOW + 3600));

        clock.set(NOW + VerifiedTokens.MAX_AGE_SECONDS - 1);
        assertThat(verified.get("h.p.s")).isPresent();
        clock.set(NOW + VerifiedTokens.MAX_AGE_SECONDS);
        assertThat(verified.get("h.p.s")).isEmpty();
    }

    @Test
    void onlyTheExactTokenTextIsRemembered() {
        verified.put("h.p.s", expiringAt(NOW + 3600));

        assertThat(verified.get("h.p.t")).isEmpty();
        assertThat(verified.get("h.p.s ")).isEmpty();
    }

    @Test
    void aTokenAlreadyExpiredIsNotKept() {
        verified.put("h.p.s", expiringAt(NOW));

        assertThat(verified.get("h.p.s")).isEmpty();
    }

    @Test
    void atMostAThousandTokensAreKeptAndStaleOnesMakeRoom() {
        for (int i = 0; i < VerifiedTokens.MAX_ENTRIES; i++) {
            verified.put("token-" + i, expiringAt(NOW + 3600));
        }
        verified.put("one-more", expiringAt(NOW + 3600));
        assertThat(verified.get("one-more")).isEmpty();
        assertThat(verified.get("token-0")).isPresent();

        clock.set(NOW + VerifiedTokens.MAX_AGE_SECONDS);
        verified.put("one-more", expiringAt(NOW + 3600));
        assertThat(verified.get("one-more")).isPresent();
    }

    private static JsonWebToken expiringAt(long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "therapist-1";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
            }
        };
    }
}
