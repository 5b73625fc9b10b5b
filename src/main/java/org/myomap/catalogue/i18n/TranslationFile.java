package org.myomap.catalogue.i18n;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.myomap.catalogue.content.ContentFile;

/**
 * A translation file as written beside its English source ({@code muscles/arm-hand.es.yaml} beside
 * {@code muscles/arm-hand.yaml}): per entry, the English id and only the fields a person reads. Ids, references,
 * numbers and enumerations are not here, so a translation cannot change what the catalogue says, only how it
 * says it; a field that is not translatable fails the read.
 */
@RegisterForReflection(targets = {TranslationFile.Document.class, TranslationFile.RegionText.class,
        TranslationFile.ActivityText.class, TranslationFile.MuscleText.class, TranslationFile.ComplaintText.class,
        TranslationFile.ProtocolText.class, TranslationFile.StepText.class, TranslationFile.StretchText.class,
        TranslationFile.HeatColdText.class})
public final class TranslationFile {

    private TranslationFile() {
    }

    public record Document(String language, List<RegionText> regions, List<ActivityText> activities,
            List<MuscleText> muscles, List<ComplaintText> complaints, List<ProtocolText> protocols) {
    }

    public record RegionText(String id, String name, List<String> synonyms, String note) {
    }

    public record ActivityText(String id, String name, List<String> synonyms) {
    }

    /** A muscle's name and lay synonyms; its summary and trigger points are clinician text and stay English. */
    public record MuscleText(String id, String name, List<String> synonyms) {
    }

    public record ComplaintText(String id, String name, List<String> synonyms, String description) {
    }

    /** A patient protocol; steps, stretches and warnings in the English order, one for one. */
    public record ProtocolText(String id, String title, String summary, List<StepText> steps,
            List<StretchText> stretches, HeatColdText heatCold, ContentFile.ExpectedCourse expectedCourse,
            List<String> stopAndSeePhysicianIf) {
    }

    public record StepText(String instruction, String position) {
    }

    public record StretchText(String name, String instruction, String position) {
    }

    public record HeatColdText(String instruction) {
    }
}
