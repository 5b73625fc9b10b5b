package org.myomap.session.fhir;

import java.util.HashSet;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Adds resources to a Bundle once each, under a fullUrl derived from their business identifier, and in a
 * transaction with the request that makes loading idempotent: create-if-absent for the patient and
 * practitioner (the clinic owns them; we only know their identifier), conditional update for what a session
 * produced, and conditional delete for what a corrected session no longer has.
 */
final class BundleEntries {

    private final Bundle bundle;
    private final boolean transaction;
    private final Set<String> added = new HashSet<>();

    BundleEntries(Bundle bundle) {
        this.bundle = bundle;
        this.transaction = bundle.getType() == Bundle.BundleType.TRANSACTION;
    }

    /** A resource the server keeps as it finds it when one with this identifier exists (POST with ifNoneExist). */
    Reference createIfAbsent(Resource resource, Identifier identifier) {
        return add(resource, identifier, new Bundle.BundleEntryRequestComponent().setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType()).setIfNoneExist(BusinessIdentifiers.search(identifier)));
    }

    /** A resource the server replaces when one with this identifier exists, and creates otherwise. */
    Reference createOrUpdate(Resource resource, Identifier identifier) {
        return add(resource, identifier, new Bundle.BundleEntryRequestComponent().setMethod(Bundle.HTTPVerb.PUT)
                .setUrl(resource.fhirType() + "?" + BusinessIdentifiers.search(identifier)));
    }


    /**
     * Deletes, by its conditional URL, a resource an earlier export wrote that the session no longer has; a
     * server holding none answers the entry with success. Only in a transaction, and never one this Bundle writes.
     */
    void delete(String fullUrl, String conditionalUrl) {
        if (transaction && added.add(fullUrl)) {
            bundle.addEntry().setFullUrl(fullUrl).setRequest(new Bundle.BundleEntryRequestComponent()
                    .setMethod(Bundle.HTTPVerb.DELETE).setUrl(conditionalUrl));
        }
    }

    private Reference add(Resource resource, Identifier identifier, Bundle.BundleEntryRequestComponent request) {
        String url = BusinessIdentifiers.fullUrl(identifier);
        if (added.add(url)) {
            Bundle.BundleEntryComponent entry = bundle.addEntry().setFullUrl(url).setResource(resource);
            if (transaction) {
                entry.setRequest(request);
            }
        }
        return new Reference(url);
    }
}
