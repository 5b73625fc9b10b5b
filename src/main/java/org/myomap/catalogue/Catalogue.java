package org.myomap.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.myomap.catalogue.content.CatalogueContent;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.catalogue.content.ContentFile.Activity;
import org.myomap.catalogue.content.ContentFile.Complaint;
import org.myomap.catalogue.content.ContentFile.Muscle;
import org.myomap.catalogue.content.ContentFile.Protocol;
import org.myomap.catalogue.content.ContentFile.ReferralZone;
import org.myomap.catalogue.content.ContentFile.Region;
import org.myomap.catalogue.content.ContentFile.TriggerPoint;

/**
 * An immutable snapshot of one loaded catalogue version with the indexes reads need. Built once per load and
 * shared by every request, so reads touch no database and need no locking.
 */
public final class Catalogue {

    /** One trigger point's zone that lands in a region. */
    public record Referral(Muscle muscle, TriggerPoint triggerPoint, ReferralZone zone) {
    }

    private final CatalogueContent content;
    private final Map<String, Region> regions;
    private final Map<String, List<Region>> children;
    private final Map<String, Muscle> muscles;
    private final Map<String, TriggerPoint> triggerPoints;
    private final Map<String, Muscle> muscleOfTriggerPoint;
    private final Map<String, List<Referral>> referralsByRegion;
    private final Map<String, Complaint> complaints;
    private final Map<String, Protocol> protocols;
    private final Map<String, List<Protocol>> protocolsByMuscle;
    private final Map<String, Activity> activities;
    private final Map<String, ContentFile.PainGuide> painGuides;

    public Catalogue(CatalogueContent content) {
        this.content = content;
        this.regions = index(content.regions(), Region::id);
        this.muscles = index(content.muscles(), Muscle::id);
        this.complaints = index(content.complaints(), Complaint::id);
        this.protocols = index(content.protocols(), Protocol::id);
        Map<String, List<Protocol>> byMuscle = new LinkedHashMap<>();
        for (Protocol protocol : content.protocols()) {
            protocol.muscles().stream().distinct()
                    .forEach(m -> byMuscle.computeIfAbsent(m, k -> new ArrayList<>()).add(protocol));
        }
        this.protocolsByMuscle = freeze(byMuscle);
        this.activities = index(content.activities(), Activity::id);
        Map<String, List<Region>> kids = new LinkedHashMap<>();
        content.regions().forEach(r -> kids.put(r.id(), new ArrayList<>()));
        content.regions().stream().filter(r -> r.parent() != null).forEach(r -> kids.get(r.parent()).add(r));
        this.children = freeze(kids);
        Map<String, TriggerPoint> tps = new LinkedHashMap<>();
        Map<String, Muscle> owners = new LinkedHashMap<>();
        Map<String, List<Referral>> byRegion = new LinkedHashMap<>();
        for (Muscle muscle : content.muscles()) {
            for (TriggerPoint tp : muscle.triggerPoints()) {
                tps.put(tp.id(), tp);
                owners.put(tp.id(), muscle);
                for (ReferralZone zone : tp.referralZones()) {
                    byRegion.computeIfAbsent(zone.region(), r -> new ArrayList<>()).add(new Referral(muscle, tp, zone));
                }
            }
        }
        this.triggerPoints = Collections.unmodifiableMap(tps);
        this.muscleOfTriggerPoint = Collections.unmodifiableMap(owners);
        this.referralsByRegion = freeze(byRegion);
        Map<String, ContentFile.PainGuide> own = index(content.painGuides(), ContentFile.PainGuide::region);
        Map<String, ContentFile.PainGuide> effective = new LinkedHashMap<>(); // a region without a guide uses its nearest ancestor's
        for (Region region : content.regions()) {
            for (Region r = region; r != null; r = r.parent() == null ? null : regions.get(r.parent())) {
                if (own.containsKey(r.id())) {
                    effective.put(region.id(), own.get(r.id()));
                    break;
                }
            }
        }
        this.painGuides = Collections.unmodifiableMap(effective);
    }

    /** The pain guide that covers a region: its own, or its nearest ancestor's. */
    public Optional<ContentFile.PainGuide> painGuideFor(String region) {
        return Optional.ofNullable(painGuides.get(region));
    }

    public String version() {
        return content.version();
    }

    public CatalogueContent content() {
        return content;
    }

    public Optional<Region> region(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    public List<Region> regions() {
        return content.regions();
    }

    public List<Region> roots() {
        return content.regions().stream().filter(r -> r.parent() == null).toList();
    }

    public List<Region> children(String regionId) {
        return children.getOrDefault(regionId, List.of());
    }

    /** The region and every region below it. */
    public Set<String> regionAndDescendants(String regionId) {
        Set<String> all = new LinkedHashSet<>();
        collectDescendants(regionId, all);
        return all;
    }

    private void collectDescendants(String regionId, Set<String> into) {
        into.add(regionId);
        children(regionId).forEach(child -> collectDescendants(child.id(), into));
    }

    /** The region's parents, nearest first. */
    public List<Region> ancestors(String regionId) {
        List<Region> chain = new ArrayList<>();
        for (Region r = regions.get(regionId); r != null && r.parent() != null; r = regions.get(r.parent())) {
            chain.add(regions.get(r.parent()));
        }
        return chain;
    }

    /** Trigger point zones that land exactly in this region. */
    public List<Referral> referralsTo(String regionId) {
        return referralsByRegion.getOrDefault(regionId, List.of());
    }

    public List<Muscle> muscles() {
        return content.muscles();
    }

    public Optional<Muscle> muscle(String id) {
        return Optional.ofNullable(muscles.get(id));
    }

    public Optional<TriggerPoint> triggerPoint(String id) {
        return Optional.ofNullable(triggerPoints.get(id));
    }

    public Optional<Muscle> muscleOf(String triggerPointId) {
        return Optional.ofNullable(muscleOfTriggerPoint.get(triggerPointId));
    }

    public List<Complaint> complaints() {
        return content.complaints();
    }

    public Optional<Complaint> complaint(String id) {
        return Optional.ofNullable(complaints.get(id));
    }

    public List<Protocol> protocols() {
        return content.protocols();
    }

    public Optional<Protocol> protocol(String id) {
        return Optional.ofNullable(protocols.get(id));
    }

    /** The protocols that treat a muscle, in catalogue order (an index lookup: lookups ask for every candidate). */
    public List<Protocol> protocolsFor(String muscleId) {
        return protocolsByMuscle.getOrDefault(muscleId, List.of());
    }

    public List<Activity> activities() {
        return content.activities();
    }

    public Optional<Activity> activity(String id) {
        return Optional.ofNullable(activities.get(id));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return Collections.unmodifiableMap(items.stream().collect(
                Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
