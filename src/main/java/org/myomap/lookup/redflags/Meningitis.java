package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Bacterial meningitis or meningococcal disease (emergency; NICE NG240): fever with a stiff neck, a rash that
 * does not fade under pressure, confusion, or light sensitivity. A stiff neck without fever is a muscle
 * complaint as often as not, and raises nothing here.
 */
public final class Meningitis implements RedFlagRule {

    @Override
    public String code() {
        return "possible-meningitis";
    }

    @Override
    public String source() {
        return Guidelines.MENINGITIS;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        List<String> signs = f.present("neck-stiffness", "non-blanching-rash", "confusion", "photophobia");
        if (!f.has("fever") || signs.isEmpty()) {
            return Optional.empty();
        }
        return flag(Urgency.EMERGENCY, "Fever with a stiff neck, a rash that does not fade, confusion or light hurting the eyes "
                + "can be meningitis. Call emergency services now.",
                RedFlagRule.join(List.of("fever"), RedFlagRule.join(f.present("headache"), signs)));
    }
}
