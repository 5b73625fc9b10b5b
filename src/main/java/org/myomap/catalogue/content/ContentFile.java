package org.myomap.catalogue.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The curated catalogue as written in the YAML files under {@code catalogue/}; the same records are the
 * immutable read model the API serves, so what reviewers read is what clients get. They are read from YAML and
 * serialised by hand rather than as REST return types, so a native build must be told to keep them reflectable.
 */
@RegisterForReflection(targets = {ContentFile.Document.class, ContentFile.Region.class, ContentFile.Activity.class,
        ContentFile.Source.class, ContentFile.SourceRef.class, ContentFile.Muscle.class, ContentFile.TriggerPoint.class,
        ContentFile.Position.class, ContentFile.ReferralZone.class, ContentFile.Evidence.class, ContentFile.Complaint.class, ContentFile.Protocol.class,
        ContentFile.Step.class, ContentFile.Stretch.class, ContentFile.PainGuide.class, ContentFile.HeatCold.class, ContentFile.ExpectedCourse.class,
        CatalogueContent.class})
public final class ContentFile {

    private ContentFile() {
    }

    /** One YAML file: any of the lists, merged with the other files by {@link CatalogueReader}. */
    public record Document(List<Region> regions, List<Activity> activities, List<Source> sources,
            List<Muscle> muscles, List<Complaint> complaints, List<Protocol> protocols, List<PainGuide> painGuides) {
    }

    /**
     * The muscles that most often refer pain to a region, most likely first, as a pain guide (Travell &amp;
     * Simons open each part with one) lists them. Read by the lookup to order muscles that explain a
     * presentation equally well; not part of the published catalogue document.
     */
    public record PainGuide(String region, List<String> muscles, SourceRef source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(String id, String name, String parent, String view, boolean lateral,
            List<String> synonyms, String snomed, String note) {
    }

    public record Activity(String id, String name, List<String> synonyms) {
    }

    public record Source(String id, String citation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceRef(String ref, String locator) {
    }

    public record Muscle(String id, String name, List<String> synonyms, String bodyArea, String summary,
            List<TriggerPoint> triggerPoints) {
    }

    public record TriggerPoint(String id, String name, String location, List<Position> positions,
            List<ReferralZone> referralZones, List<String> symptoms, List<String> aggravatedBy,
            List<String> perpetuatingFactors, SourceRef source, Evidence evidence) {
    }

    /**
     * Where a trigger point is drawn on the body map: a point in one view's coordinates, on one side of the
     * person, inside the shape of {@code region} (the region the trigger point lies in, not one it refers to).
     */
    public record Position(String view, String side, int x, int y, String region) {
    }

    public record ReferralZone(String region, String zone, String side) {

        public static final String ESSENTIAL = "essential";

        public ReferralZone {
            side = side == null ? "same" : side;
        }

        public boolean essential() {
            return ESSENTIAL.equals(zone);
        }
    }

    public record Evidence(String confidence, String note) {
    }

    public record Complaint(String id, String name, List<String> synonyms, String description, List<String> regions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Protocol(String id, String title, String audience, List<String> muscles, List<String> complaints,
            String summary, List<Step> steps, List<Stretch> stretches, HeatCold heatCold,
            ExpectedCourse expectedCourse, List<String> stopAndSeePhysicianIf, SourceRef source) {

        public Protocol {
            complaints = complaints == null ? List.of() : complaints;
            stretches = stretches == null ? List.of() : stretches;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String technique, String instruction, String position, String tool, Integer holdSeconds,
            Integer repetitions, Integer timesPerDay) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stretch(String name, String instruction, String position, Integer holdSeconds, Integer repetitions,
            Integer timesPerDay) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HeatCold(String kind, Integer minutes, String instruction) {
    }

    public record ExpectedCourse(String recentOnset, String chronic) {
    }
}
