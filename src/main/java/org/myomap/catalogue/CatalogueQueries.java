package org.myomap.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.myomap.catalogue.CatalogueViews.ComplaintDetail;
import org.myomap.catalogue.CatalogueViews.MuscleDetail;
import org.myomap.catalogue.CatalogueViews.MuscleSummary;
import org.myomap.catalogue.CatalogueViews.ProtocolSummary;
import org.myomap.catalogue.CatalogueViews.ReferringMuscle;
import org.myomap.catalogue.CatalogueViews.ReferringMuscles;
import org.myomap.catalogue.CatalogueViews.ReferringTriggerPoint;
import org.myomap.catalogue.CatalogueViews.RegionDetail;
import org.myomap.catalogue.CatalogueViews.RegionNode;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.common.paging.Cursor;
import org.myomap.common.paging.Page;
import org.myomap.common.problem.ApiException;

/** Answers the catalogue API's questions from one snapshot: plain Java, no database, no framework. */
public class CatalogueQueries {

    public static final int MAX_LIMIT = 200;
    private static final String CURSOR_KIND = "m1";
    private static final Comparator<ContentFile.Muscle> BY_ID = Comparator.comparing(ContentFile.Muscle::id);

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final Catalogue catalogue;
    /** Per muscle, its name, id and synonyms as search compares them, folded once per snapshot, not per request. */
    private final Map<String, List<String>> searchable = new HashMap<>();

    public CatalogueQueries(Catalogue catalogue) {
        this.catalogue = catalogue;
        for (ContentFile.Muscle m : catalogue.muscles()) {
            List<String> terms = new ArrayList<>(List.of(normalise(m.name()), normalise(m.id())));
            m.synonyms().forEach(synonym -> terms.add(normalise(synonym)));
            searchable.put(m.id(), List.copyOf(terms));
        }
    }

    public List<RegionNode> regionTree() {
        return catalogue.roots().stream().map(this::node).toList();
    }

    private RegionNode node(ContentFile.Region r) {
        return new RegionNode(r.id(), r.name(), r.view(), r.lateral(), r.synonyms(), r.snomed(),
                catalogue.children(r.id()).stream().map(this::node).toList());
    }

    public RegionDetail region(String id) {
        ContentFile.Region r = catalogue.region(id).orElseThrow(() -> ApiException.notFound("region", id));
        return new RegionDetail(r.id(), r.name(), r.parent(),
                catalogue.ancestors(id).stream().map(ContentFile.Region::id).toList(),
                catalogue.children(id).stream().map(ContentFile.Region::id).toList(),
                r.view(), r.lateral(), r.synonyms(), r.snomed(), r.note(), referringTo(catalogue.regionAndDescendants(id)));
    }

    /** Muscles with trigger points referring into any of these regions, split by essential and spillover zones. */
    ReferringMuscles referringTo(Collection<String> regionIds) {
        Map<String, List<ReferringTriggerPoint>> essential = new LinkedHashMap<>();
        Map<String, List<ReferringTriggerPoint>> spillover = new LinkedHashMap<>();
        for (String regionId : regionIds) {
            for (Catalogue.Referral referral : catalogue.referralsTo(regionId)) {
                var into = referral.zone().essential() ? essential : spillover;
                into.computeIfAbsent(referral.muscle().id(), m -> new ArrayList<>()).add(new ReferringTriggerPoint(
                        referral.triggerPoint().id(), referral.triggerPoint().name(), regionId));
            }
        }
        return new ReferringMuscles(referringMuscles(essential), referringMuscles(spillover));
    }

    private List<ReferringMuscle> referringMuscles(Map<String, List<ReferringTriggerPoint>> byMuscle) {
        return byMuscle.entrySet().stream()
                .map(e -> new ReferringMuscle(e.getKey(), catalogue.muscle(e.getKey()).orElseThrow().name(), e.getValue()))
                .sorted(Comparator.comparing(ReferringMuscle::id))
                .toList();
    }

    public Page<MuscleSummary> muscles(String region, String complaint, String text, String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Predicate<ContentFile.Muscle> filter = m -> true;
        if (region != null) {
            catalogue.region(region).orElseThrow(() -> ApiException.invalidParameter("region", "no region with id '" + region + "'"));
            filter = filter.and(refersInto(catalogue.regionAndDescendants(region)));
        }
        if (complaint != null) {
            ContentFile.Complaint c = catalogue.complaint(complaint).orElseThrow(
                    () -> ApiException.invalidParameter("complaint", "no complaint with id '" + complaint + "'"));
            filter = filter.and(refersInto(c.regions().stream().flatMap(r -> catalogue.regionAndDescendants(r).stream())
                    .collect(java.util.stream.Collectors.toSet())));
        }
        if (text != null && !text.isBlank()) {
            String needle = normalise(text);
            filter = filter.and(m -> searchable.get(m.id()).stream().anyMatch(term -> term.contains(needle)));
        }
        String after = cursor == null ? null : Cursor.decode(CURSOR_KIND, cursor, "cursor", id -> id);
        List<ContentFile.Muscle> matching = catalogue.muscles().stream().filter(filter)
                .filter(m -> after == null || m.id().compareTo(after) > 0)
                .sorted(BY_ID)
                .limit(limit + 1L)
                .toList();
        boolean more = matching.size() > limit;
        List<ContentFile.Muscle> page = more ? matching.subList(0, limit) : matching;
        return new Page<>(page.stream().map(CatalogueQueries::summary).toList(),
                more ? Cursor.encode(CURSOR_KIND, page.get(page.size() - 1).id()) : null);
    }

    private Predicate<ContentFile.Muscle> refersInto(Set<String> regionIds) {
        return m -> m.triggerPoints().stream().flatMap(tp -> tp.referralZones().stream())
                .anyMatch(z -> regionIds.contains(z.region()));
    }

    private static MuscleSummary summary(ContentFile.Muscle m) {
        return new MuscleSummary(m.id(), m.name(), m.synonyms(), m.bodyArea(), m.triggerPoints().size());
    }

    public MuscleDetail muscle(String id) {
        ContentFile.Muscle m = catalogue.muscle(id).orElseThrow(() -> ApiException.notFound("muscle", id));
        return new MuscleDetail(m.id(), m.name(), m.synonyms(), m.bodyArea(), m.summary(), m.triggerPoints(),
                catalogue.protocolsFor(id).stream().map(ProtocolSummary::of).toList());
    }

    public ComplaintDetail complaint(String id) {
        ContentFile.Complaint c = catalogue.complaint(id).orElseThrow(() -> ApiException.notFound("complaint", id));
        var regions = c.regions().stream().flatMap(r -> catalogue.regionAndDescendants(r).stream()).distinct().toList();
        return new ComplaintDetail(c.id(), c.name(), c.synonyms(), c.description(), c.regions(), referringTo(regions));
    }

    public List<ProtocolSummary> protocols(String muscle, String complaint, String audience) {
        if (muscle != null && catalogue.muscle(muscle).isEmpty()) {
            throw ApiException.invalidParameter("muscle", "no muscle with id '" + muscle + "'");
        }
        if (complaint != null && catalogue.complaint(complaint).isEmpty()) {
            throw ApiException.invalidParameter("complaint", "no complaint with id '" + complaint + "'");
        }
        if (audience != null && !List.of("patient", "clinician").contains(audience)) {
            throw ApiException.invalidParameter("audience", "must be 'patient' or 'clinician'");
        }
        List<String> complaintMuscles = complaint == null ? List.of() : complaintMuscles(complaint);
        return catalogue.protocols().stream()
                .filter(p -> muscle == null || p.muscles().contains(muscle))
                .filter(p -> complaint == null || p.complaints().contains(complaint)
                        || complaintMuscles.stream().anyMatch(p.muscles()::contains))
                .filter(p -> audience == null || p.audience().equals(audience))
                .map(ProtocolSummary::of)
                .toList();
    }

    /** A protocol serves a complaint when it names it or treats a muscle whose essential zone lies in it. */
    private List<String> complaintMuscles(String complaint) {
        return complaint(complaint).muscles().essential().stream().map(ReferringMuscle::id).toList();
    }

    public ContentFile.Protocol protocol(String id) {
        return catalogue.protocol(id).orElseThrow(() -> ApiException.notFound("protocol", id));
    }

    /** Case, hyphens and accents aside: "soleo" finds "Sóleo", as people type on a phone. */
    static String normalise(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return folded.toLowerCase(Locale.ROOT).replace('-', ' ').trim();
    }
}
