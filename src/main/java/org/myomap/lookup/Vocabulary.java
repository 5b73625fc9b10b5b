package org.myomap.lookup;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lookup's own closed vocabularies: sides, onsets, symptoms and history items. Symptoms and history carry
 * the lay phrases free text is matched against, because a red flag typed in a sentence must still be caught.
 */
public final class Vocabulary {

    public static final List<String> SIDES = List.of("left", "right", "both", "midline");
    public static final List<String> ONSETS = List.of("recent", "chronic");
    public static final List<String> AUDIENCES = List.of("patient", "clinician");

    /** Symptom id to the phrases that mean it in free text. */
    public static final Map<String, List<String>> SYMPTOMS = ordered(
            entry("numbness", "numb", "numbness", "no feeling", "can't feel"),
            entry("tingling", "tingling", "pins and needles", "tingles"),
            entry("weakness", "weak", "weakness", "gives way", "giving way"),
            entry("shooting-pain-below-knee", "shooting pain below the knee", "shooting down to my foot", "electric pain down my leg", "shooting pain down my leg"),
            entry("saddle-numbness", "saddle numbness", "numb between my legs", "numb around my bottom", "numbness in the saddle area", "numb genitals"),
            entry("bladder-change", "can't pee", "cannot pass urine", "wetting myself", "loss of bladder control", "bladder problems", "urinary retention", "incontinence"),
            entry("bowel-change", "loss of bowel control", "bowel incontinence", "soiled myself", "can't control my bowels"),
            entry("sexual-dysfunction", "new erectile problems", "loss of sexual sensation"),
            entry("progressive-weakness", "getting weaker", "weakness getting worse", "progressive weakness"),
            entry("foot-drop", "foot drop", "foot drags", "foot slaps", "can't lift my foot"),
            entry("fever", "fever", "feverish", "high temperature", "chills", "shivering"),
            entry("unexplained-weight-loss", "weight loss", "losing weight", "lost weight"),
            entry("night-pain", "night pain", "pain at night", "wakes me at night", "worse at night"),
            entry("pain-worse-lying-down", "worse lying down", "worse when lying down", "can't lie down"),
            entry("constant-progressive-pain", "constant pain getting worse", "getting worse every day", "never eases"),
            entry("chest-pain-on-exertion", "chest pain when walking", "chest pain on exertion", "chest tightness when walking", "pain when i exercise in my chest"),
            entry("breathlessness", "short of breath", "breathless", "shortness of breath", "can't breathe"),
            entry("sweating", "sweating", "sweaty", "cold sweat"),
            entry("sudden-severe-headache", "worst headache", "thunderclap", "sudden severe headache", "worst headache of my life"),
            entry("neck-stiffness", "stiff neck with fever", "can't bend my neck forward"),
            entry("vision-change", "double vision", "loss of vision", "blurred vision", "vision loss"),
            entry("jaw-pain-on-chewing", "jaw hurts when i chew", "jaw pain when chewing", "jaw claudication"),
            entry("calf-swelling", "swollen calf", "calf is swollen", "calf swelling", "red hot calf"),
            entry("dizziness", "dizzy", "dizziness", "vertigo"));

    /** History item id to the phrases that mean it in free text. */
    public static final Map<String, List<String>> HISTORY = ordered(
            entry("cancer", "cancer", "tumour", "tumor"),
            entry("major-trauma", "car crash", "car accident", "fell from a height", "major fall"),
            entry("minor-trauma", "fell", "slipped", "tripped"),
            entry("osteoporosis", "osteoporosis", "brittle bones", "thin bones"),
            entry("long-term-steroids", "steroids", "prednisolone", "prednisone"),
            entry("immunosuppression", "immunosuppressed", "immune suppression", "chemotherapy", "hiv"),
            entry("iv-drug-use", "inject drugs", "iv drug", "intravenous drug"),
            entry("recent-infection", "recent infection"),
            entry("recent-spinal-surgery", "back surgery", "spinal surgery", "spinal injection"));

    private Vocabulary() {
    }

    private static Map.Entry<String, List<String>> entry(String id, String... phrases) {
        return Map.entry(id, List.of(phrases));
    }

    @SafeVarargs
    private static Map<String, List<String>> ordered(Map.Entry<String, List<String>>... entries) {
        return Stream.of(entries).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
