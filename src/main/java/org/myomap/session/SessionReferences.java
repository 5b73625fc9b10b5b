package org.myomap.session;

import java.util.ArrayList;
import java.util.List;
import org.myomap.catalogue.Catalogue;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.Problem;
import org.myomap.common.problem.ProblemType;

/** Checks every catalogue reference of a session (regions, muscles, trigger points, protocols): 422 naming each. */
final class SessionReferences {

    private SessionReferences() {
    }

    static void check(SessionInput input, Catalogue catalogue) {
        List<Problem.InvalidParam> bad = new ArrayList<>();
        var areas = input.assessment().painAreas();
        for (int i = 0; i < areas.size(); i++) {
            if (catalogue.region(areas.get(i).region()).isEmpty()) {
                bad.add(new Problem.InvalidParam("assessment.painAreas[" + i + "].region", "unknown region '" + areas.get(i).region() + "'"));
            }
        }
        var found = input.assessment().triggerPointsFound();
        for (int i = 0; i < found.size(); i++) {
            if (catalogue.triggerPoint(found.get(i).triggerPoint()).isEmpty()) {
                bad.add(new Problem.InvalidParam("assessment.triggerPointsFound[" + i + "].triggerPoint",
                        "unknown trigger point '" + found.get(i).triggerPoint() + "'"));
            }
        }
        for (int i = 0; i < input.treatments().size(); i++) {
            var t = input.treatments().get(i);
            String at = "treatments[" + i + "]";
            if (catalogue.muscle(t.muscle()).isEmpty()) {
                bad.add(new Problem.InvalidParam(at + ".muscle", "unknown muscle '" + t.muscle() + "'"));
            } else if (t.triggerPoint() != null) {
                var owner = catalogue.muscleOf(t.triggerPoint());
                if (owner.isEmpty()) {
                    bad.add(new Problem.InvalidParam(at + ".triggerPoint", "unknown trigger point '" + t.triggerPoint() + "'"));
                } else if (!owner.get().id().equals(t.muscle())) {
                    bad.add(new Problem.InvalidParam(at + ".triggerPoint", "trigger point '" + t.triggerPoint()
                            + "' belongs to '" + owner.get().id() + "', not '" + t.muscle() + "'"));
                }
            }
        }
        if (input.homeCare() != null) {
            var protocols = input.homeCare().protocols();
            for (int i = 0; i < protocols.size(); i++) {
                if (catalogue.protocol(protocols.get(i)).isEmpty()) {
                    bad.add(new Problem.InvalidParam("homeCare.protocols[" + i + "]", "unknown protocol '" + protocols.get(i) + "'"));
                }
            }
        }
        if (!bad.isEmpty()) {
            throw ApiException.withParams(ProblemType.UNKNOWN_REFERENCE, bad);
        }
    }
}
