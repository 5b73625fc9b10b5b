package org.myomap.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagConditionTest {

    private static final List<String> CURRENT = List.of("\"v1\"", "\"v1-gzip\"");

    @Test
    void aWeakTagMatchesTheStrongTagWithTheSameOpaquePart() {
        assertThat(EntityTagCondition.ifNoneMatch("W/\"v1\"").matching("\"v1\"", CURRENT)).contains("\"v1\"");
    }

    @Test
    void aStrongTagMatchesItself() {
        assertThat(EntityTagCondition.ifNoneMatch("\"v1-gzip\"").matching("\"v1-gzip\"", CURRENT)).contains("\"v1-gzip\"");
    }

    @Test
    void anyMemberOfAListMatches() {
        assertThat(EntityTagCondition.ifNoneMatch("\"v0\", W/\"v1-gzip\" ,\"v2\"").matching("\"v1-gzip\"", CURRENT))
                .contains("\"v1-gzip\"");
    }

    @Test
    void theTagOfAnotherCodingOfTheSameVersionMatchesAndIsTheOneNamed() {
        assertThat(EntityTagCondition.ifNoneMatch("\"v1\"").matching("\"v1-gzip\"", CURRENT)).contains("\"v1\"");
    }

    @Test
    void theSelectedRepresentationIsNamedFirstWhenSeveralMatch() {
        assertThat(EntityTagCondition.ifNoneMatch("\"v1\", \"v1-gzip\"").matching("\"v1-gzip\"", CURRENT))
                .contains("\"v1-gzip\"");
    }

    @Test
    void aStarMatchesTheSelectedRepresentation() {
        assertThat(EntityTagCondition.ifNoneMatch("*").matching("\"v1-gzip\"", CURRENT)).contains("\"v1-gzip\"");
    }

    @Test
    void tagsOfOtherVersionsDoNotMatch() {
        assertThat(EntityTagCondition.ifNoneMatch("\"v0\", W/\"v0-gzip\"").matching("\"v1\"", CURRENT)).isEmpty();
    }

    @Test
    void theOpaquePartIsComparedWholeQuotesIncluded() {
        assertThat(EntityTagCondition.ifNoneMatch("\"v\"").matching("\"v1\"", CURRENT)).isEmpty();
        assertThat(EntityTagCondition.ifNoneMatch("v1").matching("\"v1\"", CURRENT)).isEmpty();
        assertThat(EntityTagCondition.ifNoneMatch("w/\"v1\"").matching("\"v1\"", CURRENT)).isEmpty();
    }

    @Test
    void aCommaInsideATagDoesNotSplitIt() {
        assertThat(EntityTagCondition.ifNoneMatch("\"a,\"v1\"\"").matching("\"v1\"", CURRENT)).isEmpty();
        assertThat(EntityTagCondition.ifNoneMatch("\"a,b\", \"v1\"").matching("\"v1\"", CURRENT)).contains("\"v1\"");
    }

    @Test
    void aMalformedMemberIsSkippedAndTheRestStillCount() {
        assertThat(EntityTagCondition.ifNoneMatch("bogus, W/\"v1\"").matching("\"v1\"", CURRENT)).contains("\"v1\"");
        assertThat(EntityTagCondition.ifNoneMatch("\"unterminated").matching("\"v1\"", CURRENT)).isEmpty();
    }

    @Test
    void noHeaderMatchesNothing() {
        assertThat(EntityTagCondition.ifNoneMatch(null).matching("\"v1\"", CURRENT)).isEmpty();
        assertThat(EntityTagCondition.ifNoneMatch(" ").matching("\"v1\"", CURRENT)).isEmpty();
    }

    @Test
    void ifMatchComparesStronglySoAWeakTagNeverMatches() {
        assertThat(EntityTagCondition.ifMatch("W/\"v1\"").matches("\"v1\"")).isFalse();
        assertThat(EntityTagCondition.ifMatch("\"v7\", \"v1\"").matches("\"v1\"")).isTrue();
        assertThat(EntityTagCondition.ifMatch("*").matches("\"v1\"")).isTrue();
        assertThat(EntityTagCondition.ifMatch("garbage").matches("\"v1\"")).isFalse();
    }
}
