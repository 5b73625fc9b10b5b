package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Acute compartment syndrome (emergency; BOAST). A limb that is in a cast or splint, was crushed, broken or
 * badly injured, with pain out of proportion to the injury, pain when the fingers or toes are moved, a tense
 * swollen limb, or (later) numbness or tingling. A soft-tissue injury without a fracture, and bleeding on
 * anticoagulants, cause it too (McQueen et al., JBJS Br 2000: soft-tissue injury in about a quarter of cases):
 * after a lesser injury, or on blood thinners, two of the first three signs are asked for, because one alone is
 * what an ordinary sprain feels like (a judgement call, listed for the clinical reviewer). Hours matter: the muscle dies without surgery.
 */
public final class CompartmentSyndrome implements RedFlagRule {

    private static final String[] RISK = {"cast-or-splint", "crush-injury", "fracture", "major-trauma"};
    private static final String[] LESSER_RISK = {"minor-trauma", "anticoagulants"};
    private static final String[] SIGNS = {"pain-out-of-proportion", "pain-on-passive-stretch", "tense-swollen-limb",
        "numbness", "tingling"};
    private static final String[] CARDINAL_SIGNS = {"pain-out-of-proportion", "pain-on-passive-stretch", "tense-swollen-limb"};

    @Override
    public String code() {
        return "compartment-syndrome";
    }

    @Override
    public String source() {
        return Guidelines.COMPARTMENT;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        // a fracture with no place named ("my 2 day old fracture is swelling") is taken as a limb's: most are
        boolean limb = f.hurts(Findings.LIMBS) || f.hasAny("cast-or-splint", "crush-injury")
                || (f.has("fracture") && !f.hurts("trunk", "head", "neck"));
        List<String> risk = f.present(RISK);
        List<String> signs = f.present(SIGNS);
        if (risk.isEmpty() && f.present(CARDINAL_SIGNS).size() >= 2) {
            risk = f.present(LESSER_RISK);
            signs = f.present(CARDINAL_SIGNS);
        }
        if (!limb || risk.isEmpty() || signs.isEmpty()) {
            return Optional.empty();
        }
        return flag(Urgency.EMERGENCY, RedFlagRule.join(risk, signs));
    }
}
