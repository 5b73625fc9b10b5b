package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Possible fracture after an injury (urgent): major trauma at any age; minor trauma (a fall, a slip) or
 * strenuous lifting at 70 or over, or with osteoporosis or long-term steroids (AHCPR: "minor fall or heavy
 * lifting in a potentially osteoporotic or older patient"); any injury after which the person cannot bear
 * weight (the Ottawa ankle and knee rules' reason for an X-ray). Major trauma with pain over the spine is an
 * emergency (NICE NG41: a possible spinal injury is kept still and assessed in hospital). Without any injury,
 * see {@link FragilityFracture}.
 */
public final class Fracture implements RedFlagRule {

    @Override
    public String code() {
        return "possible-fracture";
    }

    @Override
    public String source() {
        return Guidelines.FRACTURE;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        if (f.has("major-trauma") && (f.hurts(Findings.SPINE) || f.hurts("neck"))) {
            return flag(Urgency.EMERGENCY, "Pain in the spine after a serious accident can be a broken bone in the spine. Keep "
                    + "still and call emergency services now; do not let anyone massage, stretch or move the neck or back.",
                    List.of("major-trauma", "spinal pain"));
        }
        List<String> because = new ArrayList<>(f.present("major-trauma"));
        if (f.hasAny("minor-trauma", "strenuous-lifting") && (f.ageAtLeast(70) || f.hasAny("osteoporosis", "long-term-steroids"))) {
            because.addAll(f.present("minor-trauma", "strenuous-lifting", "osteoporosis", "long-term-steroids"));
            if (f.ageAtLeast(70)) {
                because.add("age " + f.age());
            }
        }
        if (f.has("unable-to-bear-weight") && f.hasAny("minor-trauma", "major-trauma")) {
            because = RedFlagRule.join(because, f.present("minor-trauma", "major-trauma", "unable-to-bear-weight"));
        }
        return flag(Urgency.URGENT, "Pain after an injury like this can come from a broken bone. See a physician today "
                + "before any pressure or stretching.", because);
    }
}
