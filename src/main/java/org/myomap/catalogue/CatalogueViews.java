package org.myomap.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.myomap.catalogue.content.ContentFile;

/** The shapes the catalogue API answers with, where they differ from the content records themselves. */
@RegisterForReflection(targets = CatalogueViews.CatalogueDocument.class)
public final class CatalogueViews {

    private CatalogueViews() {
    }

    public record CatalogueDocument(String version, List<ContentFile.Region> regions,
            List<ContentFile.Activity> activities, List<ContentFile.Source> sources, List<ContentFile.Muscle> muscles,
            List<ContentFile.Complaint> complaints, List<ContentFile.Protocol> protocols) {
    }

    public record Items<T>(List<T> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegionNode(String id, String name, String view, boolean lateral, List<String> synonyms,
            String snomed, List<RegionNode> children) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegionDetail(String id, String name, String parent, List<String> ancestors, List<String> children,
            String view, boolean lateral, List<String> synonyms, String snomed, String note,
            ReferringMuscles muscles) {
    }

    /** Muscles whose trigger points refer into a region (or a region below it), by kind of zone. */
    public record ReferringMuscles(List<ReferringMuscle> essential, List<ReferringMuscle> spillover) {
    }

    public record ReferringMuscle(String id, String name, List<ReferringTriggerPoint> triggerPoints) {
    }

    public record ReferringTriggerPoint(String id, String name, String region) {
    }

    public record MuscleSummary(String id, String name, List<String> synonyms, String bodyArea, int triggerPointCount) {
    }

    public record MuscleDetail(String id, String name, List<String> synonyms, String bodyArea, String summary,
            List<ContentFile.TriggerPoint> triggerPoints, List<ProtocolSummary> protocols) {
    }

    public record ComplaintDetail(String id, String name, List<String> synonyms, String description,
            List<String> regions, ReferringMuscles muscles) {
    }

    public record ProtocolSummary(String id, String title, String audience, List<String> muscles,
            List<String> complaints, String summary) {

        static ProtocolSummary of(ContentFile.Protocol p) {
            return new ProtocolSummary(p.id(), p.title(), p.audience(), p.muscles(), p.complaints(), p.summary());
        }
    }
}
