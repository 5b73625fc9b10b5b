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
            entry("numbness", "numb", "numbness", "no feeling", "can't feel", "lost feeling", "dead feeling"),
            entry("tingling", "tingling", "pins and needles", "tingles", "tingly", "prickling"),
            entry("weakness", "weak", "weakness", "gives way", "giving way", "loss of strength"),
            entry("shooting-pain-below-knee", "shooting pain below the knee", "shooting down to my foot", "electric pain down my leg",
                    "shooting pain down my leg", "shooting pain down the leg into the foot", "pain shoots down my leg"),
            entry("saddle-numbness", "saddle numbness", "numb saddle", "saddle area is numb", "saddle anaesthesia", "saddle anesthesia", "numb between my legs",
                    "numb around my bottom", "numbness in the saddle area", "numb genitals", "numb around my back passage",
                    "can't feel the toilet paper", "cannot feel when I wipe", "numb bottom", "cannot feel my bum",
                    "cannot feel my bottom", "numb bum", "numb buttocks", "numb inner thighs"),
            entry("bladder-change", "can't pee", "cannot pass urine", "unable to pass urine", "not able to pass urine", "wetting myself",
                    "loss of bladder control", "bladder problems", "bladder problem", "urinary retention", "incontinence",
                    "cannot control my bladder", "no bladder control", "no control of my bladder", "leaking urine",
                    "not passed urine", "can't wee", "no urge to pee", "bladder trouble",
                    // early signs (GIRFT pathway, incomplete cauda equina): a changed feeling or a poor stream
                    "difficulty passing urine", "difficulty peeing", "trouble peeing", "straining to pee", "strain to pass urine",
                    "can't urinate", "cannot urinate", "unable to urinate", "trouble urinating", "difficulty urinating",
                    "can't empty my bladder", "lost control of my bladder", "peed myself",
                    "wet myself", "can't feel when I pee", "cannot feel when I pee", "can't feel myself peeing",
                    "can't feel when I need to pee", "don't know when I need to pee", "lost the urge to pee",
                    "reduced feeling when I pee", "numb when I pee", "altered sensation when passing urine"),
            entry("bowel-change", "loss of bowel control", "bowel incontinence", "soiled myself", "can't control my bowels",
                    "cannot control my bowels", "no bowel control", "bowel problems", "bowel trouble",
                    "lost control of my bowels", "pooed myself", "messed myself"),
            entry("sexual-dysfunction", "new erectile problems", "loss of sexual sensation", "erectile dysfunction", "impotence"),
            entry("bilateral-sciatica", "sciatica in both legs", "sciatica down both legs", "sciatica on both sides",
                    "bilateral sciatica", "shooting pains down both legs", "shooting pain down both legs",
                    "pain shooting down both legs", "both legs are numb", "numbness in both legs",
                    "both legs feel weak", "weakness in both legs"),
            entry("progressive-weakness", "getting weaker", "weakness getting worse", "progressive weakness", "weaker every day",
                    "legs getting weaker", "leg getting weaker", "severe weakness"),
            entry("foot-drop", "foot drop", "foot drags", "foot slaps", "can't lift my foot", "unable to lift my foot",
                    "not able to lift my foot", "dropped foot", "tripping over my toes", "catching my toes"),
            entry("gait-disturbance", "unsteady on my feet", "unsteady walking", "difficulty walking", "trouble walking",
                    "legs feel heavy", "walking like I am drunk", "clumsy when walking", "off balance when walking"),
            entry("band-like-pain", "band around my chest", "band like pain", "band of pain around", "tight band around",
                    "girdle pain", "pain around my ribs like a belt"),
            entry("fever", "fever", "feverish", "high temperature", "have a temperature", "had a temperature",
                    "running a temperature", "raised temperature", "temperature of 38", "temperature of 39", "got a temperature",
                    "got a temp", "high temp", "temp of 38", "temp of 39", "temperature of 38.5", "shivery", "chills", "shivering", "rigors",
                    "hot and cold", "night sweats"),
            entry("unexplained-weight-loss", "weight loss", "losing weight", "lost weight", "weight dropping off"),
            entry("night-pain", "night pain", "pain at night", "at night", "wakes me at night", "worse at night", "wakes me up at night",
                    "severe at night", "keeps me awake at night"),
            entry("pain-worse-lying-down", "worse lying down", "worse when lying down", "can't lie down", "worse lying flat"),
            entry("constant-progressive-pain", "constant pain getting worse", "getting worse every day", "never eases",
                    "constant and getting worse", "relentless"),
            entry("chest-pain-on-exertion", "chest pain when walking", "chest pain on exertion", "chest tightness when walking",
                    "pain when i exercise in my chest", "chest pain when I climb stairs", "chest tightness on exertion",
                    "chest pain during exercise", "crushing chest pain", "pressure in my chest"),
            entry("breathlessness", "short of breath", "breathless", "shortness of breath", "can't breathe", "out of breath",
                    "struggling to breathe", "difficulty breathing", "suddenly breathless", "sudden breathlessness"),
            entry("pleuritic-chest-pain", "sharp pain when I breathe in", "pain when breathing in", "hurts to breathe",
                    "pain on breathing", "pleuritic", "chest pain when I breathe"),
            entry("coughing-blood", "coughing blood", "coughing up blood", "blood in my spit", "haemoptysis", "hemoptysis"),
            entry("sweating", "sweating", "sweaty", "cold sweat", "clammy", "sweats"),
            entry("sudden-severe-headache", "worst headache", "thunderclap", "sudden severe headache", "worst headache of my life",
                    "headache came on suddenly", "sudden headache", "headache like being hit", "explosive headache"),
            entry("headache", "headache", "headaches", "head ache", "head hurts", "head is pounding", "pounding head"),
            entry("neck-stiffness", "stiff neck with fever", "can't bend my neck forward", "stiff neck", "neck stiffness",
                    "neck is stiff", "cannot touch my chin to my chest", "can't touch my chin to my chest"),
            entry("photophobia", "light hurts my eyes", "sensitive to light", "light sensitivity", "photophobia",
                    "can't stand bright light", "bright light hurts"),
            entry("non-blanching-rash", "rash that does not fade", "rash that doesn't fade", "non blanching rash",
                    "purple rash", "purple spots", "spots that don't fade", "rash does not fade under a glass"),
            entry("confusion", "confused", "confusion", "drowsy", "hard to wake", "not making sense", "disorientated", "disoriented"),
            entry("mottled-skin", "mottled skin", "mottled", "blue lips", "skin looks blue", "ashen"),
            entry("vision-change", "double vision", "loss of vision", "blurred vision", "vision loss", "blurry vision",
                    "lost vision", "can't see", "went blind", "curtain over my eye", "sight loss", "blurry", "blurred",
                    "vision went blurry", "vision is blurry", "lost my sight", "lost sight", "vision went"),
            entry("jaw-pain-on-chewing", "jaw hurts when i chew", "jaw pain when chewing", "jaw claudication",
                    "jaw aches when eating", "jaw tires when chewing"),
            entry("scalp-tenderness", "tender scalp", "scalp tender", "scalp feels tender", "scalp hurts", "scalp is sore", "sore scalp", "hurts to brush my hair",
                    "hurts to comb my hair", "scalp tenderness"),
            entry("calf-swelling", "swollen calf", "calf is swollen", "calf swelling", "red hot calf", "calf swollen",
                    "calf swollen and red", "red swollen calf", "swollen leg", "leg is swollen", "swollen red calf",
                    "calves swollen", "swollen calves", "swelling in my calf"),
            entry("hot-swollen-joint", "hot swollen joint", "swollen hot joint", "joint is hot and swollen", "hot and swollen",
                    "swollen and hot", "red hot swollen", "hot red swollen", "hot swollen", "red hot and swollen", "hot red and swollen",
                    "red and swollen and hot", "swollen red and hot", "warm and swollen", "swollen and warm", "warm swollen"),
            entry("pain-out-of-proportion", "pain out of proportion", "pain out of all proportion", "out of proportion",
                    "out of all proportion", "unbearable pain",
                    "excruciating", "painkillers don't help", "painkillers not helping", "pain killers don't touch it",
                    "agony", "worst pain ever"),
            entry("pain-on-passive-stretch", "pain when my toes are moved", "pain when my fingers are moved",
                    "moving my toes hurts", "moving my fingers hurts", "pain on stretching", "hurts when the toes are stretched",
                    "pain on passive stretch"),
            entry("tense-swollen-limb", "tense and swollen", "swollen and tense", "leg is tense", "arm is tense", "rock hard",
                    "tight and swollen", "cast feels tight",
                    "cast is too tight", "swelling under the cast"),
            entry("cold-pale-limb", "cold and pale", "pale and cold", "cold pale", "cold white", "white and cold",
                    "cold and white", "no pulse in my foot", "foot has gone white", "hand has gone white", "cold blue foot",
                    "foot is cold and blue", "foot is cold and numb", "leg is cold and numb", "cold numb foot", "cold numb leg",
                    "foot turned blue", "toes turned blue", "toes have gone blue", "leg has gone cold", "foot has gone cold",
                    "leg went cold", "foot went cold", "cold pale leg", "no pulse", "can't feel a pulse in my foot"),
            entry("dizziness", "dizzy", "dizziness", "vertigo"),
            entry("unable-to-bear-weight", "can't put weight on", "cannot put weight on", "can't bear weight",
                    "cannot bear weight", "unable to bear weight", "unable to weight bear", "can't weight bear",
                    "can't stand on it", "cannot stand on it", "can't walk on it", "cannot walk on it", "can't put my foot down"),
            entry("headache-on-coughing", "headache when I cough", "headache when I sneeze", "headache when I strain",
                    "head hurts when I cough", "headache on coughing", "coughing makes my headache worse",
                    "sneezing makes my headache worse", "headache worse when I cough"),
            entry("face-drooping", "face drooping", "face has dropped", "face dropped", "drooping face", "droopy face",
                    "face droops", "side of my face drooped", "side of my face has dropped", "lopsided smile",
                    "mouth drooping", "mouth has dropped"),
            entry("speech-difficulty", "slurred speech", "speech is slurred", "slurring my words", "slurring words",
                    "can't get my words out", "cannot get my words out", "trouble speaking", "difficulty speaking",
                    "can't speak properly", "words come out wrong", "words came out wrong", "can't find my words",
                    "words are slurred", "can't talk properly", "cannot talk properly", "smile is lopsided"),
            entry("one-sided-weakness", "weakness on one side", "one side of my body is weak", "one side went weak",
                    "arm and leg went weak", "sudden weakness in my arm", "arm suddenly went weak", "leg suddenly went weak",
                    "numb down one side", "one side of my body is numb", "one side of my body went numb",
                    "sudden numbness on one side", "side is weak", "side went weak", "side is numb", "side went numb",
                    "arm and leg went numb", "arm and leg suddenly went numb", "arm and leg are weak", "arm and leg are numb"),
            entry("vomiting", "vomiting", "vomited", "being sick", "been sick", "threw up", "throwing up"),
            entry("loss-of-consciousness", "blacked out", "passed out", "lost consciousness", "was unconscious",
                    "can't remember what happened", "don't remember what happened"));

    /** History item id to the phrases that mean it in free text. */
    public static final Map<String, List<String>> HISTORY = ordered(
            entry("cancer", "cancer", "tumour", "tumor", "myeloma", "lymphoma", "metastases", "secondaries", "leukaemia",
                    "leukemia", "breast cancer", "prostate cancer", "lung cancer"),
            entry("major-trauma", "car crash", "car accident", "fell from a height", "major fall", "fell off a ladder",
                    "fall off a ladder", "fell from a ladder", "fall from a ladder", "fall from a height",
                    "hit by a car", "motorbike accident", "road traffic accident", "fell down the stairs", "fall down the stairs",
                    "fell down stairs", "car wreck", "motor vehicle accident", "mva", "came off my bike", "fell off my bike",
                    "thrown from my horse", "fell off a horse", "fell off my horse", "diving accident", "dived into shallow water"),
            entry("minor-trauma", "fell", "slipped", "tripped", "a fall", "fall", "had a fall", "fell over", "knocked",
                    "twisted my ankle", "twisted my knee", "rolled my ankle", "sprained", "sprain", "trauma", "injury", "injured",
                    "hurt my knee", "hurt my ankle", "went over on my ankle", "landed awkwardly", "landed badly"),
            entry("strenuous-lifting", "heavy lifting", "lifting something heavy", "lifted something heavy",
                    "went when lifting", "went when I was lifting", "hurt it lifting", "hurt my back lifting", "strained it lifting",
                    "injured it lifting"),
            entry("fracture", "fracture", "fractured", "broken bone", "broken leg", "broken arm", "broken wrist",
                    "broken ankle", "broken hip", "broken rib", "broken ribs", "broken foot", "broken hand", "broken collarbone",
                    "broken finger", "broken toe", "broken back", "broken neck", "broke my leg", "broke my arm", "broke my wrist",
                    "broke my ankle", "broke my hip", "broke my rib", "broke my ribs", "broke my foot", "broke my hand",
                    "broke my collarbone", "broke my finger", "broke my toe", "broke my back", "broke my neck",
                    "broke my elbow", "broke my shoulder", "broke a bone"),
            entry("crush-injury", "crushed", "crush", "crush injury", "trapped under", "squashed"),
            entry("cast-or-splint", "cast", "plaster cast", "in plaster", "splint", "cast feels tight",
                    "cast is too tight", "swelling under the cast"),
            entry("osteoporosis", "osteoporosis", "brittle bones", "thin bones", "osteopenia"),
            entry("long-term-steroids", "steroids", "prednisolone", "prednisone", "long term steroids", "steroid tablets"),
            entry("immunosuppression", "immunosuppressed", "immune suppression", "chemotherapy", "chemo", "hiv",
                    "transplant", "immunosuppressants", "having cancer treatment", "on chemo", "low white cell count",
                    "neutropenic"),
            entry("anticoagulants", "blood thinners", "blood thinner", "anticoagulant", "anticoagulants", "warfarin",
                    "apixaban", "rivaroxaban", "edoxaban", "dabigatran", "heparin"),
            entry("head-injury", "head injury", "hit my head", "banged my head", "knocked my head", "bumped my head",
                    "blow to the head", "concussion"),
            entry("iv-drug-use", "inject drugs", "iv drug", "intravenous drug", "injecting drugs"),
            entry("recent-infection", "recent infection", "urine infection", "chest infection"),
            entry("recent-spinal-surgery", "back surgery", "spinal surgery", "spinal injection", "back operation",
                    "spine operation", "epidural"),
            entry("recent-surgery", "surgery", "operation", "knee operation", "hip operation", "hip replacement",
                    "knee replacement", "after my operation", "post op", "had an operation"),
            entry("long-travel", "long flight", "flight", "long haul", "long drive", "long journey", "long car journey",
                    "coach trip", "long bus journey", "plane"),
            entry("immobility", "bed rest", "bedbound", "bed bound", "immobile", "laid up in bed", "stuck in bed"),
            entry("previous-clot", "previous clot", "had a clot", "blood clot before", "previous dvt", "history of dvt",
                    "pulmonary embolism before"));

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
