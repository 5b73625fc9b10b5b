package org.myomap.lookup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.ContentFile.Muscle;
import org.myomap.catalogue.content.ContentFile.Protocol;
import org.myomap.lookup.LookupResponse.ProtocolLink;

/**
 * The protocols a candidate links to, per muscle, for one answer language: a clinician sees every protocol that
 * treats the muscle, a patient only those written for patients; in catalogue order, titled in the answer's
 * language (the English title where a translation lacks the protocol). Built once per catalogue version.
 */
final class ProtocolLinks {

    private final Map<String, List<ProtocolLink>> forPatients = new HashMap<>();
    private final Map<String, List<ProtocolLink>> forClinicians = new HashMap<>();

    /**
     * @param catalogue the English catalogue: which protocols treat which muscle, and for whom
     * @param names the catalogue in the answer's language, for the titles
     */
    ProtocolLinks(Catalogue catalogue, Catalogue names) {
        for (Muscle muscle : catalogue.muscles()) {
            List<Protocol> protocols = catalogue.protocolsFor(muscle.id());
            forClinicians.put(muscle.id(), protocols.stream().map(p -> link(p, names)).toList());
            forPatients.put(muscle.id(), protocols.stream().filter(p -> p.audience().equals("patient"))
                    .map(p -> link(p, names)).toList());
        }
    }

    private static ProtocolLink link(Protocol protocol, Catalogue names) {
        return new ProtocolLink(protocol.id(), names.protocol(protocol.id()).orElse(protocol).title(), protocol.audience());
    }

    /** @param audience "clinician" or "patient" */
    List<ProtocolLink> of(String muscleId, String audience) {
        return (audience.equals("clinician") ? forClinicians : forPatients).getOrDefault(muscleId, List.of());
    }
}
