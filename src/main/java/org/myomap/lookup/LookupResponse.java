package org.myomap.lookup;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.myomap.lookup.redflags.RedFlag;

/** The lookup's answer. Safety comes first in the document, before any muscle. */
public record LookupResponse(Safety safety, List<RedFlag> redFlags, List<Candidate> candidates,
        Interpretation interpretation, String catalogueVersion, String disclaimer) {

    /** The most urgent finding in one sentence; {@code urgency} is "none" when nothing was flagged. */
    public record Safety(String urgency, String message) {
    }

    public record Candidate(int rank, String muscle, String name, double score, Factors factors,
            List<TriggerPointToCheck> triggerPoints, List<String> matchedActivities, List<ProtocolLink> protocols) {
    }

    /**
     * Why the candidate stands where it does, in the order the factors decide: how many of the areas it explains,
     * how well (the zone fit), its place in the pain guide of those areas, and the activities matched.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Factors(int areasExplained, int areasAsked, double fit, Likelihood likelihood, int activitiesMatched) {
    }

    /** The muscle's place in a region's pain guide (1 = most likely) and the guide's source. */
    public record Likelihood(String region, int rank, String source) {
    }

    public record TriggerPointToCheck(String id, String name, String location, List<Explains> explains,
            List<String> aggravatedBy) {
    }

    /** Which requested area (by index into {@code interpretation.areas}) this trigger point explains, and how. */
    public record Explains(int area, String region, String zoneRegion, String zone, String match) {
    }

    public record ProtocolLink(String id, String title, String audience) {
    }

    /**
     * What the lookup understood and used: the areas, activities, symptoms and history (from the fields and the
     * text), an age read from the text, the findings the text affirmed, those it negated and those it said of
     * someone else (neither used for flags or ranking), the words it could not place, for a front-end to ask about,
     * and the language the text was read in ({@code en}, {@code es}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Interpretation(List<Area> areas, List<String> activities, List<String> symptoms, List<String> history,
            Integer ageFromText, List<Understood> understoodFromText, List<Understood> negatedInText,
            List<Understood> aboutOthersInText, List<String> unplacedWords, Boolean textUnderstood, String textLanguage) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Area(String region, String side, String from) {
    }

    public record Understood(String kind, String id, String phrase) {
    }
}
