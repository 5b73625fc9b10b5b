package org.myomap.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.CatalogueContent;
import org.myomap.catalogue.content.ContentFile.Muscle;
import org.myomap.catalogue.content.ContentFile.Protocol;
import org.myomap.catalogue.content.ContentFile.SourceRef;
import org.myomap.lookup.LookupResponse.ProtocolLink;

/** Which protocols a candidate links to, for whom, and under which title. */
class ProtocolLinksTest {

    private static final Catalogue ENGLISH = catalogue(protocol("stretch", "Stretch it", "patient", "soleus"),
            protocol("release", "Release it", "clinician", "soleus"), protocol("other", "Something else", "patient", "tibialis"));
    private static final Catalogue SPANISH = catalogue(protocol("stretch", "Estíralo", "patient", "soleus"));

    @Test
    void aPatientIsLinkedOnlyToProtocolsWrittenForPatients() {
        assertThat(new ProtocolLinks(ENGLISH, ENGLISH).of("soleus", "patient"))
                .containsExactly(new ProtocolLink("stretch", "Stretch it", "patient"));
    }

    @Test
    void aClinicianIsLinkedToEveryProtocolForTheMuscleInCatalogueOrder() {
        assertThat(new ProtocolLinks(ENGLISH, ENGLISH).of("soleus", "clinician")).extracting(ProtocolLink::id)
                .containsExactly("stretch", "release");
    }

    @Test
    void titlesComeFromTheAnswersLanguageAndFromEnglishWhereTheTranslationLacksTheProtocol() {
        assertThat(new ProtocolLinks(ENGLISH, SPANISH).of("soleus", "clinician")).extracting(ProtocolLink::title)
                .containsExactly("Estíralo", "Release it");
    }

    @Test
    void aMuscleNoProtocolTreatsHasNoLinks() {
        assertThat(new ProtocolLinks(ENGLISH, ENGLISH).of("gastrocnemius", "clinician")).isEmpty();
    }

    private static Catalogue catalogue(Protocol... protocols) {
        return new Catalogue(new CatalogueContent("test", List.of(), List.of(), List.of(),
                List.of(muscle("soleus"), muscle("tibialis"), muscle("gastrocnemius")), List.of(), List.of(protocols), Map.of()));
    }

    private static Muscle muscle(String id) {
        return new Muscle(id, id, List.of(), "leg-and-foot", "test", List.of());
    }

    private static Protocol protocol(String id, String title, String audience, String muscle) {
        return new Protocol(id, title, audience, List.of(muscle), List.of(), "summary", List.of(), List.of(), null, null,
                List.of(), new SourceRef("s", null));
    }
}
