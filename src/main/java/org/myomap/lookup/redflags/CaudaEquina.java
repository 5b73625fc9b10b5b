package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Cauda equina syndrome (emergency). With back or leg pain: saddle numbness, new bladder or bowel dysfunction
 * (early signs too: a changed feeling when passing urine, a poor stream, straining), new sexual dysfunction, or
 * sciatica, numbness or weakness in both legs (the pathway's bilateral radicular symptoms, which come before the
 * sphincters fail: scanning then is what saves them). Weakness or
 * foot drop in one leg is {@link ProgressiveNeurologicalDeficit}; with known cancer, {@link MetastaticSpinalCordCompression}.
 */
public final class CaudaEquina implements RedFlagRule {

    @Override
    public String code() {
        return "cauda-equina";
    }

    @Override
    public String source() {
        return Guidelines.CAUDA_EQUINA;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        boolean backOrLeg = f.hurts("lower-back", "buttock", "lower-limb", "pelvis") || f.has("bilateral-sciatica");
        if (!backOrLeg && !f.has("saddle-numbness")) {
            return Optional.empty();
        }
        List<String> because = new ArrayList<>(f.present("saddle-numbness", "bladder-change", "bowel-change", "sexual-dysfunction",
                "bilateral-sciatica"));
        if (f.bothLegs()) {
            // radicular symptoms in both legs count with back or buttock pain; worsening weakness of both legs by itself
            List<String> bilateral = new ArrayList<>(f.present("progressive-weakness"));
            if (f.hurts("lower-back", "buttock")) {
                bilateral.addAll(f.present("shooting-pain-below-knee", "numbness", "weakness"));
            }
            if (!bilateral.isEmpty()) {
                because.addAll(bilateral);
                because.add("both legs");
            }
        }
        return flag(Urgency.EMERGENCY, because);
    }
}
