package org.myomap.catalogue.i18n;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.catalogue.content.ContentFile.Activity;
import org.myomap.catalogue.content.ContentFile.Complaint;
import org.myomap.catalogue.content.ContentFile.Muscle;
import org.myomap.catalogue.content.ContentFile.Protocol;
import org.myomap.catalogue.content.ContentFile.Region;
import org.myomap.catalogue.i18n.TranslationFile.ProtocolText;

/**
 * Lays one translation file over its English file: each translated entry is the English entry with its text
 * replaced, so ids, references, numbers and order stay the source's. A translation that does not fit its source
 * is an error naming the file and entry: an unknown id, a clinician protocol, a blank text, and for a protocol a
 * step, stretch or warning more or fewer than the English (a patient must never get fewer warnings in Spanish).
 */
public final class Translator {

    /** The translated file, the keys ({@code "muscle:soleus"}) of the entries that were translated, and the errors. */
    public record Result(ContentFile.Document document, Set<String> translated, List<String> errors) {
    }

    /** The key kind of a region whose note (a clinician's remark) is translated too. */
    public static final String REGION_NOTE = "region-note";

    private final String path;
    private final Set<String> translated = new HashSet<>();
    private final List<String> errors = new ArrayList<>();

    private Translator(String path) {
        this.path = path;
    }

    public static Result apply(String path, ContentFile.Document english, TranslationFile.Document translation) {
        Translator t = new Translator(path);
        var document = new ContentFile.Document(
                t.overlay("region", english.regions(), translation.regions(), Region::id, TranslationFile.RegionText::id, t::region),
                t.overlay("activity", english.activities(), translation.activities(), Activity::id, TranslationFile.ActivityText::id, t::activity),
                english.sources(),
                t.overlay("muscle", english.muscles(), translation.muscles(), Muscle::id, TranslationFile.MuscleText::id, t::muscle),
                t.overlay("complaint", english.complaints(), translation.complaints(), Complaint::id, TranslationFile.ComplaintText::id, t::complaint),
                t.overlay("protocol", english.protocols(), translation.protocols(), Protocol::id, ProtocolText::id, t::protocol),
                english.painGuides());
        return new Result(document, Set.copyOf(t.translated), List.copyOf(t.errors));
    }

    private <E, T> List<E> overlay(String kind, List<E> english, List<T> texts, Function<E, String> id,
            Function<T, String> textId, BiFunction<E, T, E> translate) {
        if (texts == null) {
            return english;
        }
        Map<String, T> byId = new LinkedHashMap<>();
        for (T text : texts) {
            if (byId.put(textId.apply(text), text) != null) {
                error(kind, textId.apply(text), "translated twice");
            }
        }
        List<E> result = new ArrayList<>();
        for (E entry : english == null ? List.<E>of() : english) {
            T text = byId.remove(id.apply(entry));
            if (text == null) {
                result.add(entry);
            } else {
                int before = errors.size();
                E done = translate.apply(entry, text);
                result.add(errors.size() == before ? done : entry);
                if (errors.size() == before) {
                    translated.add(kind + ":" + id.apply(entry));
                }
            }
        }
        byId.keySet().forEach(unknown -> error(kind, unknown, "no " + kind + " with this id in the English file"));
        return english == null ? null : List.copyOf(result);
    }

    private Region region(Region r, TranslationFile.RegionText t) {
        if (t.note() != null && r.note() != null) {
            translated.add(REGION_NOTE + ":" + r.id());
        }
        return new Region(r.id(), text("region", r.id(), "name", r.name(), t.name()), r.parent(), r.view(),
                r.lateral(), synonyms("region", r.id(), t.synonyms()), r.snomed(),
                t.note() == null ? r.note() : text("region", r.id(), "note", r.note(), t.note()));
    }

    private Activity activity(Activity a, TranslationFile.ActivityText t) {
        return new Activity(a.id(), text("activity", a.id(), "name", a.name(), t.name()),
                synonyms("activity", a.id(), t.synonyms()));
    }

    private Muscle muscle(Muscle m, TranslationFile.MuscleText t) {
        return new Muscle(m.id(), text("muscle", m.id(), "name", m.name(), t.name()),
                synonyms("muscle", m.id(), t.synonyms()), m.bodyArea(), m.summary(), m.triggerPoints());
    }

    private Complaint complaint(Complaint c, TranslationFile.ComplaintText t) {
        return new Complaint(c.id(), text("complaint", c.id(), "name", c.name(), t.name()),
                synonyms("complaint", c.id(), t.synonyms()),
                text("complaint", c.id(), "description", c.description(), t.description()), c.regions());
    }

    private Protocol protocol(Protocol p, ProtocolText t) {
        String id = p.id();
        if (!"patient".equals(p.audience())) {
            error("protocol", id, "is for clinicians; only patient protocols are translated");
            return p;
        }
        List<ContentFile.Step> steps = oneForOne(id, "steps", p.steps(), t.steps(), (s, st) -> new ContentFile.Step(
                s.technique(), text("protocol", id, "step instruction", s.instruction(), st.instruction()),
                text("protocol", id, "step position", s.position(), st.position()), s.tool(), s.holdSeconds(),
                s.repetitions(), s.timesPerDay()));
        List<ContentFile.Stretch> stretches = oneForOne(id, "stretches", p.stretches(), t.stretches(),
                (s, st) -> new ContentFile.Stretch(text("protocol", id, "stretch name", s.name(), st.name()),
                        text("protocol", id, "stretch instruction", s.instruction(), st.instruction()),
                        text("protocol", id, "stretch position", s.position(), st.position()), s.holdSeconds(),
                        s.repetitions(), s.timesPerDay()));
        var heatCold = p.heatCold() == null ? null : new ContentFile.HeatCold(p.heatCold().kind(), p.heatCold().minutes(),
                text("protocol", id, "heatCold instruction", p.heatCold().instruction(),
                        t.heatCold() == null ? null : t.heatCold().instruction()));
        if (p.heatCold() == null && t.heatCold() != null) {
            error("protocol", id, "heatCold is translated but the English protocol has none");
        }
        var course = p.expectedCourse() == null ? null : new ContentFile.ExpectedCourse(
                text("protocol", id, "expectedCourse recentOnset", p.expectedCourse().recentOnset(),
                        t.expectedCourse() == null ? null : t.expectedCourse().recentOnset()),
                text("protocol", id, "expectedCourse chronic", p.expectedCourse().chronic(),
                        t.expectedCourse() == null ? null : t.expectedCourse().chronic()));
        List<String> warnings = oneForOne(id, "stopAndSeePhysicianIf", p.stopAndSeePhysicianIf(),
                t.stopAndSeePhysicianIf(), (w, tw) -> text("protocol", id, "warning", w, tw));
        return new Protocol(id, text("protocol", id, "title", p.title(), t.title()), p.audience(), p.muscles(),
                p.complaints(), text("protocol", id, "summary", p.summary(), t.summary()), steps, stretches, heatCold,
                course, warnings, p.source());
    }

    /** The English list with each item translated by the text at the same place; the counts must match. */
    private <E, T> List<E> oneForOne(String id, String list, List<E> english, List<T> texts,
            BiFunction<E, T, E> translate) {
        List<E> source = english == null ? List.of() : english;
        List<T> given = texts == null ? List.of() : texts;
        if (source.size() != given.size()) {
            error("protocol", id, list + " has " + given.size() + " items, the English " + source.size()
                    + " (one for one, in the same order)");
            return english;
        }
        List<E> result = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            result.add(translate.apply(source.get(i), given.get(i)));
        }
        return english == null ? null : result;
    }

    /** The translated text where the English has one; a text with no English counterpart, or a blank one, is an error. */
    private String text(String kind, String id, String field, String english, String translation) {
        if (english == null) {
            if (translation != null) {
                error(kind, id, field + " is translated but the English has none");
            }
            return null;
        }
        if (translation == null || translation.isBlank()) {
            error(kind, id, field + " is missing or blank");
            return english;
        }
        return translation;
    }

    private List<String> synonyms(String kind, String id, List<String> synonyms) {
        if (synonyms == null || synonyms.stream().anyMatch(s -> s == null || s.isBlank())) {
            error(kind, id, "synonyms must be a list of non-blank phrases");
            return List.of();
        }
        return List.copyOf(synonyms);
    }

    private void error(String kind, String id, String message) {
        errors.add(path + ": " + kind + " " + id + ": " + message);
    }
}
