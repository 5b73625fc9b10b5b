package org.myomap.lookup.redflags;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.myomap.lookup.redflags.RedFlag.Urgency;

/**
 * Possible cancer or infection behind the pain (urgent, within days; ACP/APS 2007, AHCPR 1994, NICE NG59):
 * fever, night sweats or unexplained weight loss with pain anywhere; immunosuppression, injecting drugs, a history of cancer
 * or recent spinal surgery with pain in the back or trunk (the guidelines' risk factors for spinal infection
 * and metastases, not reasons to doubt a sore shoulder); and, with back, trunk or buttock pain, pain at
 * night, worse lying down or relentlessly worse (the back pain guidelines' red flags: a knee or calf that aches
 * at night is not one). Neurological signs with cancer are {@link MetastaticSpinalCordCompression}.
 */
public final class CancerOrInfection implements RedFlagRule {

    @Override
    public String code() {
        return "possible-cancer-or-infection";
    }

    @Override
    public String source() {
        return Guidelines.BACK_PAIN;
    }

    @Override
    public Optional<RedFlag> screen(Findings f) {
        List<String> because = new ArrayList<>(f.present("fever", "night-sweats", "unexplained-weight-loss"));
        boolean trunk = f.hurts("trunk", "back-of-neck");
        if (trunk) {
            because.addAll(f.present("immunosuppression", "iv-drug-use", "cancer", "recent-spinal-surgery"));
        }
        if (trunk || f.hurts("buttock")) {
            because.addAll(f.present("night-pain", "pain-worse-lying-down", "constant-progressive-pain"));
        }
        return flag(Urgency.URGENT, because);
    }
}
