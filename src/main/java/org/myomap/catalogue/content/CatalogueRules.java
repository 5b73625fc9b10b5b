package org.myomap.catalogue.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.myomap.catalogue.content.ContentFile.Complaint;
import org.myomap.catalogue.content.ContentFile.Muscle;
import org.myomap.catalogue.content.ContentFile.Protocol;
import org.myomap.catalogue.content.ContentFile.Region;
import org.myomap.catalogue.content.ContentFile.TriggerPoint;

/**
 * The rules no schema can express: ids unique across files, every reference resolving, every trigger point
 * with an essential zone, clinician-only techniques kept out of patient protocols, every muscle with a
 * patient protocol. Each error names the file and the entry.
 */
class CatalogueRules {

    private static final Set<String> CLINICIAN_ONLY = Set.of("dry-needling", "injection");

    private final CatalogueContent content;
    private final List<String> errors = new ArrayList<>();

    CatalogueRules(CatalogueContent content) {
        this.content = content;
    }

    List<String> check() {
        Set<String> regions = unique("region", content.regions(), Region::id);
        Set<String> activities = unique("activity", content.activities(), ContentFile.Activity::id);
        Set<String> sources = unique("source", content.sources(), ContentFile.Source::id);
        Set<String> muscles = unique("muscle", content.muscles(), Muscle::id);
        Set<String> complaints = unique("complaint", content.complaints(), Complaint::id);
        unique("protocol", content.protocols(), Protocol::id);

        checkRegionTree(regions);
        Set<String> triggerPoints = new HashSet<>();
        for (Muscle muscle : content.muscles()) {
            for (TriggerPoint tp : muscle.triggerPoints()) {
                String at = at(muscle, "trigger point '" + tp.id() + "'");
                if (!triggerPoints.add(tp.id())) {
                    errors.add(at + ": duplicate trigger point id");
                }
                if (tp.referralZones().stream().noneMatch(ContentFile.ReferralZone::essential)) {
                    errors.add(at + ": has no essential referral zone");
                }
                tp.referralZones().forEach(z -> require(regions, z.region(), at, "region"));
                tp.positions().forEach(p -> require(regions, p.region(), at, "region"));
                tp.aggravatedBy().forEach(a -> require(activities, a, at, "activity"));
                require(sources, tp.source().ref(), at, "source");
            }
        }
        for (Complaint complaint : content.complaints()) {
            complaint.regions().forEach(r -> require(regions, r, at(complaint, "complaint '" + complaint.id() + "'"), "region"));
        }
        Set<String> withPatientProtocol = new HashSet<>();
        for (Protocol protocol : content.protocols()) {
            String at = at(protocol, "protocol '" + protocol.id() + "'");
            protocol.muscles().forEach(m -> require(muscles, m, at, "muscle"));
            protocol.complaints().forEach(c -> require(complaints, c, at, "complaint"));
            require(sources, protocol.source().ref(), at, "source");
            if ("patient".equals(protocol.audience())) {
                withPatientProtocol.addAll(protocol.muscles());
                protocol.steps().stream().map(ContentFile.Step::technique).filter(CLINICIAN_ONLY::contains)
                        .forEach(t -> errors.add(at + ": technique '" + t + "' is for clinicians only, not in a patient protocol"));
            }
        }
        Set<String> guided = new HashSet<>();
        for (ContentFile.PainGuide guide : content.painGuides()) {
            String at = at(guide, "pain guide for '" + guide.region() + "'");
            require(regions, guide.region(), at, "region");
            guide.muscles().forEach(m -> require(muscles, m, at, "muscle"));
            require(sources, guide.source().ref(), at, "source");
            if (!guided.add(guide.region())) {
                errors.add(at + ": a second pain guide for the same region");
            }
        }
        for (Muscle muscle : content.muscles()) {
            if (!withPatientProtocol.contains(muscle.id())) {
                errors.add(at(muscle, "muscle '" + muscle.id() + "'") + ": no patient protocol targets it");
            }
        }
        return errors;
    }

    private void checkRegionTree(Set<String> regions) {
        Map<String, String> parents = new HashMap<>();
        for (Region region : content.regions()) {
            if (region.parent() != null) {
                require(regions, region.parent(), at(region, "region '" + region.id() + "'"), "parent region");
                parents.put(region.id(), region.parent());
            }
        }
        for (Region region : content.regions()) {
            Set<String> seen = new HashSet<>();
            for (String id = region.id(); id != null; id = parents.get(id)) {
                if (!seen.add(id)) {
                    errors.add(at(region, "region '" + region.id() + "'") + ": its parents form a cycle");
                    break;
                }
            }
        }
    }

    private <T> Set<String> unique(String kind, List<T> entries, Function<T, String> id) {
        Map<String, T> seen = new HashMap<>();
        for (T entry : entries) {
            T earlier = seen.putIfAbsent(id.apply(entry), entry);
            if (earlier != null) {
                errors.add(at(entry, kind + " '" + id.apply(entry) + "'") + ": duplicate id (first defined in "
                        + content.originOf(earlier) + ")");
            }
        }
        return seen.keySet();
    }

    private void require(Set<String> known, String id, String at, String kind) {
        if (!known.contains(id)) {
            errors.add(at + ": unknown " + kind + " '" + id + "'");
        }
    }

    private String at(Object entry, String what) {
        return content.originOf(entry) + ": " + what;
    }
}
