package org.myomap.lookup.redflags;

import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Bacterial meningitis or meningococcal disease (emergency; NICE NG240): fever with a stiff neck, a rash that
 * does not fade under pressure, confusion, or light sensitivity; a rash that does not fade on its own
 * (meningococcal disease, fever or not); or headache with a stiff neck and light sensitivity, since fever can be
 * absent in older or immunosuppressed people. A stiff neck alone is a muscle complaint as often as not, and
 * raises nothing here.
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
        boolean withoutFever = f.has("non-blanching-rash")
                || f.has("headache") && f.has("neck-stiffness") && f.has("photophobia");
        if (signs.isEmpty() || !f.has("fever") && !withoutFever) {
            return Optional.empty();
        }
        return flag(Urgency.EMERGENCY, RedFlagRule.join(f.present("fever"), RedFlagRule.join(f.present("headache"), signs)));
    }
}
