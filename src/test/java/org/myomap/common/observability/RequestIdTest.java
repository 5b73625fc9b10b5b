package org.myomap.common.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void aShortTokenFromTheCallerIsKept() {
        assertThat(RequestId.acceptOrGenerate("gw-2026.11.27_abc-1")).isEqualTo("gw-2026.11.27_abc-1");
        assertThat(RequestId.acceptOrGenerate("a".repeat(64))).hasSize(64);
    }

    @Test
    void anythingElseIsReplacedByAFreshUuid() {
        for (String sent : new String[] {null, "", "a".repeat(65), "id with spaces", "id\nforged log line", "x\"y", "ä"}) {
            String id = RequestId.acceptOrGenerate(sent);
            assertThat(id).isNotEqualTo(sent);
            assertThat(UUID.fromString(id)).isNotNull();
        }
    }

    @Test
    void generatedIdsAreDistinctVersion4Uuids() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            UUID id = UUID.fromString(RequestId.generate());
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(seen.add(id.toString())).isTrue();
        }
    }
}
