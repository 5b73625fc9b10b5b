package org.myomap.catalogue.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.myomap.catalogue.content.CatalogueContent;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.common.db.NeedsDatabase;

/**
 * Puts a catalogue version into PostgreSQL, whole or not at all: one transaction, serialised across replicas
 * by an advisory lock, and skipped when that version is already the current one. Every version's published
 * document is kept, so that an app holding an older version can be sent what changed since.
 */
@ApplicationScoped
public class CatalogueStore {

    private static final Logger LOG = Logger.getLogger(CatalogueStore.class);
    private static final long LOAD_LOCK = 0x6d796f6d6170L; // "myomap"

    @Inject
    AgroalDataSource dataSource;

    /**
     * @param document the version's whole document as published, gzip-compressed
     * @return true when the database was written, false when it already held this version
     */
    @Transactional
    public boolean save(CatalogueContent content, byte[] document) {
        if (isCurrentWithDocument(content.version())) {
            return false;
        }
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(" + LOAD_LOCK + ")").getSingleResult();
        var current = CatalogueRelease.findCurrent();
        if (current.isPresent() && current.get().version.equals(content.version())) {
            keepDocument(content.version(), document); // a version stored before documents were kept
            return false;
        }
        clear();
        Map<String, Source> sources = new HashMap<>();
        for (ContentFile.Source s : content.sources()) {
            Source source = new Source();
            source.id = s.id();
            source.citation = s.citation();
            source.persist();
            sources.put(source.id, source);
        }
        for (ContentFile.Activity a : content.activities()) {
            Activity activity = new Activity();
            activity.id = a.id();
            activity.name = a.name();
            activity.synonyms = a.synonyms();
            activity.persist();
        }
        Map<String, BodyRegion> regions = saveRegions(content.regions());
        int triggerPoints = saveMuscles(content.muscles(), regions, sources);
        content.complaints().forEach(CatalogueStore::saveComplaint);
        content.protocols().forEach(CatalogueStore::saveProtocol);

        current.ifPresent(release -> {
            release.current = false;
            Panache.getEntityManager().flush();
        });
        CatalogueRelease release = CatalogueRelease.<CatalogueRelease>findByIdOptional(content.version()).orElseGet(CatalogueRelease::new);
        release.version = content.version();
        release.loadedAt = OffsetDateTime.now();
        release.muscleCount = content.muscles().size();
        release.triggerPointCount = triggerPoints;
        release.current = true;
        release.persist();
        Panache.getEntityManager().flush();
        keepDocument(content.version(), document);
        LOG.infof("Catalogue %s stored: %d muscles, %d trigger points", content.version(), content.muscles().size(), triggerPoints);
        return true;
    }

    /**
     * The common case at start-up, checked with one plain statement: this version is already the current one and
     * its document is kept. Hibernate's first query costs its query parser's warm-up (0.3 s on a cold JVM);
     * nothing is written here, so the advisory lock that serialises writers is not needed either.
     */
    private boolean isCurrentWithDocument(String version) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select 1 from catalogue_release r join catalogue_document d on d.version = r.version
                        where r.current and r.version = ?""")) {
            statement.setString(1, version);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the stored catalogue version", e);
        }
    }

    /** The published document (gzip-compressed JSON) of a version, if that version was ever stored here. */
    @Transactional
    @NeedsDatabase
    public Optional<byte[]> document(String version) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select document from catalogue_document where version = ?1")
                .setParameter(1, version).getResultList();
        return rows.stream().findFirst().map(byte[].class::cast);
    }

    private static void keepDocument(String version, byte[] document) {
        Panache.getEntityManager()
                .createNativeQuery("insert into catalogue_document (version, document) values (?1, ?2) on conflict (version) do nothing")
                .setParameter(1, version).setParameter(2, document).executeUpdate();
    }

    private static void clear() {
        for (Class<?> table : List.of(ReferralZone.class, TriggerPoint.class, Muscle.class, Complaint.class,
                Protocol.class, Activity.class, Source.class)) {
            Panache.getEntityManager().createQuery("delete from " + table.getSimpleName()).executeUpdate();
        }
        Panache.getEntityManager().createQuery("update BodyRegion set parent = null").executeUpdate();
        Panache.getEntityManager().createQuery("delete from BodyRegion").executeUpdate();
    }

    private static Map<String, BodyRegion> saveRegions(List<ContentFile.Region> content) {
        Map<String, BodyRegion> regions = new HashMap<>();
        int position = 0;
        for (ContentFile.Region r : content) {
            BodyRegion region = new BodyRegion();
            region.id = r.id();
            region.name = r.name();
            region.view = r.view();
            region.lateral = r.lateral();
            region.synonyms = r.synonyms();
            region.snomed = r.snomed();
            region.note = r.note();
            region.position = position++;
            regions.put(region.id, region);
        }
        content.stream().filter(r -> r.parent() != null).forEach(r -> regions.get(r.id()).parent = regions.get(r.parent()));
        regions.values().forEach(region -> region.persist());
        return regions;
    }

    private static int saveMuscles(List<ContentFile.Muscle> content, Map<String, BodyRegion> regions,
            Map<String, Source> sources) {
        int muscles = 0;
        int triggerPoints = 0;
        for (ContentFile.Muscle m : content) {
            Muscle muscle = new Muscle();
            muscle.id = m.id();
            muscle.name = m.name();
            muscle.bodyArea = m.bodyArea();
            muscle.summary = m.summary();
            muscle.synonyms = m.synonyms();
            muscle.position = muscles++;
            muscle.persist();
            for (ContentFile.TriggerPoint t : m.triggerPoints()) {
                TriggerPoint tp = new TriggerPoint();
                tp.id = t.id();
                tp.muscle = muscle;
                tp.name = t.name();
                tp.location = t.location();
                tp.symptoms = t.symptoms();
                tp.aggravatedBy = t.aggravatedBy();
                tp.perpetuatingFactors = t.perpetuatingFactors();
                tp.source = sources.get(t.source().ref());
                tp.sourceLocator = t.source().locator();
                tp.confidence = t.evidence().confidence();
                tp.evidenceNote = t.evidence().note();
                tp.position = triggerPoints++;
                tp.persist();
                for (ContentFile.ReferralZone z : t.referralZones()) {
                    ReferralZone zone = new ReferralZone();
                    zone.triggerPoint = tp;
                    zone.region = regions.get(z.region());
                    zone.zone = z.zone();
                    zone.side = z.side();
                    zone.persist();
                }
            }
        }
        return triggerPoints;
    }

    private static void saveComplaint(ContentFile.Complaint c) {
        Complaint complaint = new Complaint();
        complaint.id = c.id();
        complaint.name = c.name();
        complaint.description = c.description();
        complaint.synonyms = c.synonyms();
        complaint.regionIds = c.regions();
        complaint.persist();
    }

    private static void saveProtocol(ContentFile.Protocol p) {
        Protocol protocol = new Protocol();
        protocol.id = p.id();
        protocol.title = p.title();
        protocol.audience = p.audience();
        protocol.muscleIds = p.muscles();
        protocol.complaintIds = p.complaints();
        protocol.document = p;
        protocol.persist();
    }
}
