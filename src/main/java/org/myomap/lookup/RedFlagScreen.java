package org.myomap.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.myomap.lookup.RedFlag.Urgency;

/**
 * Screens for findings that point away from muscles. The back pain rules follow the ACP/APS (2007) and
 * AHCPR (1994) red flags and NICE NG59; the rest follow the NICE guidance each names. A rule fires on the
 * findings alone, whatever the muscles would say, and every flag lists the findings that raised it.
 */
public final class RedFlagScreen {

    static final String BACK_GUIDELINES = "ACP/APS low back pain guideline (Chou et al., 2007); AHCPR Clinical Practice Guideline 14 (1994); NICE NG59";

    /** What the screen looks at; {@code painRegions} holds each painful region and all its ancestors. */
    public record Findings(Set<String> symptoms, Set<String> history, Integer age, String onset, Set<String> painRegions) {

        boolean has(String symptom) {
            return symptoms.contains(symptom);
        }

        boolean hurts(String... regions) {
            return Stream.of(regions).anyMatch(painRegions::contains);
        }

        List<String> present(String... items) {
            return Stream.of(items).filter(i -> symptoms.contains(i) || history.contains(i)).toList();
        }
    }

    private RedFlagScreen() {
    }

    /** Every flag the findings raise, most urgent first. */
    public static List<RedFlag> screen(Findings f) {
        List<RedFlag> flags = new ArrayList<>();
        boolean backOrLeg = f.hurts("lower-back", "buttock", "lower-limb", "pelvis");

        List<String> caudaEquina = new ArrayList<>(f.present("saddle-numbness", "bladder-change", "bowel-change",
                "progressive-weakness", "foot-drop"));
        if (backOrLeg && f.has("sexual-dysfunction")) {
            caudaEquina.add("sexual-dysfunction");
        }
        if (!caudaEquina.isEmpty()) {
            flags.add(new RedFlag("cauda-equina", Urgency.EMERGENCY,
                    "These signs can mean pressure on the nerves at the base of the spine (cauda equina syndrome). "
                            + "Go to an emergency department now; do not wait and do not treat this yourself.",
                    BACK_GUIDELINES, caudaEquina));
        }
        List<String> cardiac = new ArrayList<>(f.present("chest-pain-on-exertion"));
        if (f.hurts("chest", "upper-limb", "jaw", "neck", "between-shoulder-blades", "upper-abdomen")) {
            cardiac.addAll(f.present("breathlessness", "sweating"));
        }
        if (!cardiac.isEmpty()) {
            flags.add(new RedFlag("possible-heart-problem", Urgency.EMERGENCY,
                    "Pain with exertion, breathlessness or sweating can come from the heart. Call emergency services now.",
                    "NICE CG95: Recent-onset chest pain of suspected cardiac origin", cardiac));
        }
        List<String> headache = new ArrayList<>(f.present("sudden-severe-headache"));
        if (f.has("fever") && f.has("neck-stiffness")) {
            headache.addAll(List.of("fever", "neck-stiffness"));
        }
        if (!headache.isEmpty()) {
            flags.add(new RedFlag("serious-headache", Urgency.EMERGENCY,
                    "A sudden, severe headache, or a headache with fever and a stiff neck, needs emergency care now.",
                    "NICE CG150: Headaches in over 12s", headache));
        }
        if (f.hurts("calf", "lower-leg", "back-of-knee") && f.has("calf-swelling")) {
            boolean lungs = f.has("breathlessness");
            flags.add(new RedFlag("possible-blood-clot", lungs ? Urgency.EMERGENCY : Urgency.URGENT,
                    lungs ? "A swollen, painful calf with breathlessness can be a clot that has reached the lungs. Call emergency services now."
                            : "A swollen, painful calf can be a blood clot (deep vein thrombosis). See a physician today; do not massage the calf.",
                    "NICE NG158: Venous thromboembolic diseases", f.present("calf-swelling", "breathlessness")));
        }
        if (f.age() != null && f.age() >= 50 && f.hurts("temple", "head", "jaw")
                && (f.has("jaw-pain-on-chewing") || f.has("vision-change"))) {
            flags.add(new RedFlag("possible-giant-cell-arteritis", f.has("vision-change") ? Urgency.EMERGENCY : Urgency.URGENT,
                    "Over 50, head or temple pain with jaw pain on chewing or changes in vision can be giant cell arteritis, "
                            + "which can threaten sight. See a physician today; with vision changes, go to emergency now.",
                    "British Society for Rheumatology guideline on giant cell arteritis (Mackie et al., 2020)",
                    f.present("jaw-pain-on-chewing", "vision-change")));
        }
        List<String> fracture = new ArrayList<>(f.present("major-trauma"));
        if (f.history().contains("minor-trauma") && (olderThan(f, 50) || f.history().contains("osteoporosis")
                || f.history().contains("long-term-steroids"))) {
            fracture.addAll(f.present("minor-trauma", "osteoporosis", "long-term-steroids"));
            if (olderThan(f, 50)) {
                fracture.add("age " + f.age());
            }
        }
        if (!fracture.isEmpty()) {
            flags.add(new RedFlag("possible-fracture", Urgency.URGENT,
                    "Pain after an injury like this can come from a broken bone. See a physician today before any pressure or stretching.",
                    BACK_GUIDELINES, fracture));
        }
        List<String> cancerOrInfection = new ArrayList<>(f.present("cancer", "unexplained-weight-loss", "fever",
                "immunosuppression", "iv-drug-use", "recent-spinal-surgery"));
        if (backOrLeg || f.hurts("trunk")) {
            cancerOrInfection.addAll(f.present("night-pain", "pain-worse-lying-down", "constant-progressive-pain"));
        }
        if (!cancerOrInfection.isEmpty()) {
            flags.add(new RedFlag("possible-cancer-or-infection", Urgency.URGENT,
                    "Together with your pain, this can point to an infection or a tumour rather than a muscle. See a physician soon, within days.",
                    BACK_GUIDELINES, cancerOrInfection));
        }
        boolean newBackPain = f.hurts("lower-back", "upper-back") && "recent".equals(f.onset());
        if (newBackPain && f.age() != null && (f.age() > 50 || f.age() < 20)) {
            flags.add(new RedFlag("age-with-new-back-pain", Urgency.ROUTINE_REFERRAL,
                    "New back pain starting over 50 or under 20 is worth a physician's check to rule out other causes.",
                    BACK_GUIDELINES, List.of("age " + f.age(), "recent onset")));
        }
        List<String> nerve = f.present("numbness", "tingling", "weakness", "shooting-pain-below-knee");
        if (!nerve.isEmpty()) {
            flags.add(new RedFlag("nerve-root-signs", Urgency.ROUTINE_REFERRAL,
                    "Numbness, tingling, weakness or shooting pain point to an irritated nerve (for example from a disc), "
                            + "not a muscle. See a physician; muscle work alone is not the answer to these signs.",
                    BACK_GUIDELINES, nerve));
        }
        flags.sort(Comparator.comparing(RedFlag::urgency));
        return flags;
    }

    private static boolean olderThan(Findings f, int years) {
        return f.age() != null && f.age() > years;
    }
}
