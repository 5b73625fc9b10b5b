package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Giant cell arteritis (BSR 2020): at 50 or over, head, temple or jaw pain with jaw pain on chewing, a tender
 * scalp or a change in vision (a sudden loss of sight too); or a new (recent) headache, anywhere in the head (BSR: new-onset headache at 50
 * or over is the cardinal symptom; the temple is only its commonest place). Same-day assessment (urgent); with a
 * change in vision, emergency, because sight can be lost within hours.
 */
public final class GiantCellArteritis implements RedFlagRule {

    @Override
    public String code() {
        return "possible-giant-cell-arteritis";
    }

    @Override
    public String source() {
        return Guidelines.GCA;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        if (!f.ageAtLeast(50) || !(f.hurts("head", "jaw") || f.has("headache"))) {
            return Optional.empty();
        }
        List<String> because = new ArrayList<>(f.present("jaw-pain-on-chewing", "scalp-tenderness", "vision-change",
                "sudden-vision-loss"));
        if (because.isEmpty() && "recent".equals(f.onset()) && (f.has("headache") || f.hurts(Findings.HEADACHE_AREAS))) {
            because.add("new headache");
        }
        if (because.isEmpty()) {
            return Optional.empty();
        }
        because.add("age " + f.age());
        boolean sight = f.hasAny("vision-change", "sudden-vision-loss");
        return flag(sight ? Urgency.EMERGENCY : Urgency.URGENT, because);
    }
}
