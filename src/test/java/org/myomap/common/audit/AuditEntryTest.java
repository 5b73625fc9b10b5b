package org.myomap.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void aPrintableValueWithinItsColumnIsKeptAsItIs() {
        String actor = "therapist-7@clinic.example";
        assertThat(AuditEntry.bounded(actor, AuditEntry.ACTOR)).isSameAs(actor);
        assertThat(AuditEntry.bounded("Ærø Ωmega", AuditEntry.ACTOR)).isEqualTo("Ærø Ωmega");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreStripped() {
        assertThat(AuditEntry.bounded("read\u0000\n\tsession\u001b", AuditEntry.ACTION)).isEqualTo("readsession");
        assertThat(AuditEntry.bounded("a\ud800b\udc00c", AuditEntry.ACTION)).isEqualTo("abc");
    }

    @Test
    void aWholeSurrogatePairIsKept() {
        assertThat(AuditEntry.bounded("pain \ud83d\ude00", AuditEntry.ACTION)).isEqualTo("pain \ud83d\ude00");
    }

    @Test
    void aLongValueIsCutToItsColumnWithoutSplittingAPair() {
        assertThat(AuditEntry.bounded("x".repeat(200), AuditEntry.CLINIC)).hasSize(AuditEntry.CLINIC);
        String cutInsidePair = "x".repeat(AuditEntry.CLINIC - 1) + "\ud83d\ude00";
        assertThat(AuditEntry.bounded(cutInsidePair, AuditEntry.CLINIC)).isEqualTo("x".repeat(AuditEntry.CLINIC - 1));
    }

    @Test
    void aRowWithoutAClinicGoesToTheOperatorsTrail() {
        assertThat(new AuditEntry(" ".trim(), "a", null, "read", "session", null, "success").clinic()).isEqualTo(AuditEntry.NO_CLINIC);
    }
}
