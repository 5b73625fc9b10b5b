package org.myomap.catalogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.content.CatalogueContent;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.common.i18n.Language;

/**
 * Everything a patient or a front-end shows has Spanish: region, activity, complaint and muscle names, and every
 * patient protocol (whose warnings the loader already holds one for one to the English). A new English item
 * without its Spanish fails here, naming it.
 */
class SpanishCoverageTest {

    private static final Map<Language, Edition> EDITIONS = CatalogueReader.fromClasspath("catalogue").readEditions();
    private static final CatalogueContent ENGLISH = EDITIONS.get(Language.DEFAULT).content();
    private static final Edition SPANISH = EDITIONS.get(Language.SPANISH);

    private static <T> List<String> missing(String kind, List<T> items, Function<T, String> id) {
        return items.stream().map(id).filter(i -> !SPANISH.has(kind, i)).map(i -> kind + ":" + i).toList();
    }

    @Test
    void everyRegionHasASpanishNameAndLaySynonyms() {
        assertThat(missing("region", ENGLISH.regions(), ContentFile.Region::id)).isEmpty();
    }

    @Test
    void everyActivityHasASpanishName() {
        assertThat(missing("activity", ENGLISH.activities(), ContentFile.Activity::id)).isEmpty();
    }

    @Test
    void everyComplaintHasSpanish() {
        assertThat(missing("complaint", ENGLISH.complaints(), ContentFile.Complaint::id)).isEmpty();
    }

    @Test
    void everyMuscleHasASpanishName() {
        assertThat(missing("muscle", ENGLISH.muscles(), ContentFile.Muscle::id)).isEmpty();
    }

    @Test
    void everyPatientProtocolHasSpanish() {
        assertThat(missing("protocol", ENGLISH.protocols().stream().filter(p -> p.audience().equals("patient")).toList(),
                ContentFile.Protocol::id)).isEmpty();
    }

    @Test
    void everySpanishProtocolCarriesEveryWarningOfItsEnglish() {
        var spanish = SPANISH.content().protocols();
        for (int i = 0; i < ENGLISH.protocols().size(); i++) {
            ContentFile.Protocol english = ENGLISH.protocols().get(i);
            ContentFile.Protocol translated = spanish.get(i);
            assertThat(translated.stopAndSeePhysicianIf()).as(english.id()).hasSameSizeAs(english.stopAndSeePhysicianIf());
            if (english.audience().equals("patient")) {
                assertThat(translated.stopAndSeePhysicianIf()).as(english.id())
                        .doesNotContainAnyElementsOf(english.stopAndSeePhysicianIf());
            }
        }
    }
}
