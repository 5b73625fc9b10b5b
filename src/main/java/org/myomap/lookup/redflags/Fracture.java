package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Possible fracture after an injury. Urgent (an X-ray today): minor trauma (a fall, a slip) or strenuous lifting
 * at 70 or over, or with osteoporosis or long-term steroids (AHCPR: "minor fall or heavy lifting in a potentially
 * osteoporotic or older patient"); a leg that cannot bear weight since it started (the Ottawa ankle and knee
 * rules' reason for an X-ray; no injury word needed: people say "I hurt my knee" in a hundred ways). Emergency:
 * recent major trauma, at the emergency department (NICE NG39), and with pain over the spine kept still (NICE
 * NG41). Major trauma long past is urgent. Neck pain after a fall or a knock is an emergency at 65 or over or with
 * tingling, numbness or weakness in the limbs: the Canadian C-spine rule's high-risk factors (age 65 or over,
 * paraesthesia in the limbs), which NICE NG41 and NG232 adopt; the back keeps 70 for minor trauma. Without any
 * injury, see {@link FragilityFracture}.
 */
public final class Fracture implements RedFlagRule {

    @Override
    public String code() {
        return "possible-fracture";
    }

    @Override
    public String source() {
        return Guidelines.FRACTURE + "; " + Guidelines.TRAUMA;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        if (f.has("major-trauma") && f.recentOrUnknownOnset()) {
            if (f.hurts(Findings.SPINE) || f.hurts("neck")) {
                return flag(Urgency.EMERGENCY, "major-trauma-spine", List.of("major-trauma", "spinal pain"));
            }
            return flag(Urgency.EMERGENCY, "major-trauma", List.of("major-trauma"));
        }
        if (f.hurts("neck") && f.hasAny("minor-trauma", "head-injury") && f.recentOrUnknownOnset()
                && (f.ageAtLeast(65) || f.hasAny("numbness", "tingling", "weakness", "one-sided-weakness"))) {
            List<String> because = new ArrayList<>(f.present("minor-trauma", "head-injury"));
            because.add("neck pain");
            because.addAll(f.ageAtLeast(65) ? List.of("age " + f.age()) : f.present("numbness", "tingling", "weakness", "one-sided-weakness"));
            return flag(Urgency.EMERGENCY, "neck-after-a-fall", because);
        }
        List<String> because = new ArrayList<>(f.present("major-trauma"));
        if (f.hasAny("minor-trauma", "strenuous-lifting") && (f.ageAtLeast(70) || f.hasAny("osteoporosis", "long-term-steroids"))) {
            because.addAll(f.present("minor-trauma", "strenuous-lifting", "osteoporosis", "long-term-steroids"));
            if (f.ageAtLeast(70)) {
                because.add("age " + f.age());
            }
        }
        if (f.has("unable-to-bear-weight") && f.recentOrUnknownOnset()) {
            because = RedFlagRule.join(because, f.present("minor-trauma", "major-trauma", "unable-to-bear-weight"));
        }
        return flag(Urgency.URGENT, because);
    }
}
