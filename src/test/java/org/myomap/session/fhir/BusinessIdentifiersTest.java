package org.myomap.session.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class BusinessIdentifiersTest {

    private static final UUID SESSION = UUID.fromString("3f1c0c3e-8a4b-4d7e-9c55-2b1f0e6a9d10");

    @Test
    void aRepeatedItemIsNumberedInOrderAndTheFirstKeepsItsKey() {
        BusinessIdentifiers ids = new BusinessIdentifiers(SESSION);
        assertThat(ids.numbered("pain/sacroiliac-joint/left").getValue()).isEqualTo(SESSION + "/pain/sacroiliac-joint/left");
        assertThat(ids.numbered("pain/sacroiliac-joint/left").getValue()).isEqualTo(SESSION + "/pain/sacroiliac-joint/left/2");
        assertThat(ids.numbered("pain/sacroiliac-joint/right").getValue()).isEqualTo(SESSION + "/pain/sacroiliac-joint/right");
    }

    @Test
    void identifiersDoNotDependOnAnythingButTheSessionAndTheItem() {
        assertThat(new BusinessIdentifiers(SESSION).item("pain-before").getValue())
                .isEqualTo(new BusinessIdentifiers(SESSION).item("pain-before").getValue());
        assertThat(BusinessIdentifiers.fullUrl(new BusinessIdentifiers(SESSION).session()))
                .isEqualTo(BusinessIdentifiers.fullUrl(new BusinessIdentifiers(SESSION).session()))
                .startsWith("urn:uuid:");
    }

    @Test
    void aSearchEscapesFhirSeparatorsAndPercentEncodesWhatAQueryCannotCarry() {
        assertThat(BusinessIdentifiers.search(BusinessIdentifiers.practitioner("clinic-7", "Dr A|B, $x&y=z")))
                .isEqualTo("identifier=urn:myomap:clinic:clinic-7:practitioner|Dr%20A%5C%7CB%5C%2C%20%5C%24x%26y%3Dz");
        assertThat(BusinessIdentifiers.search(BusinessIdentifiers.patient("clinic-7", "P-4001")))
                .isEqualTo("identifier=urn:myomap:clinic:clinic-7:patient|P-4001");
    }
}
