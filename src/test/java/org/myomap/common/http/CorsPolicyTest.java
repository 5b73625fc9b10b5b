package org.myomap.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    @Test
    void byDefaultNoOriginIsAllowed() {
        CorsPolicy none = new CorsPolicy(List.of());
        assertThat(none.allowsAny()).isFalse();
        assertThat(none.allows("https://app.example.org")).isFalse();
        assertThat(none.allows("null")).isFalse();
    }

    @Test
    void onlyTheExactConfiguredOriginsAreAllowed() {
        CorsPolicy policy = new CorsPolicy(List.of("https://app.example.org", " http://localhost:5173 "));
        assertThat(policy.allows("https://app.example.org")).isTrue();
        assertThat(policy.allows("http://localhost:5173")).isTrue();
        assertThat(policy.allows("https://app.example.org.evil.test")).isFalse();
        assertThat(policy.allows("http://app.example.org")).isFalse();
        assertThat(policy.allows(null)).isFalse();
    }

    @Test
    void aPreflightIsAnOptionsRequestThatNamesAMethod() {
        assertThat(CorsPolicy.isPreflight("OPTIONS", "POST")).isTrue();
        assertThat(CorsPolicy.isPreflight("OPTIONS", null)).isFalse();
        assertThat(CorsPolicy.isPreflight("GET", "POST")).isFalse();
    }
}
