package org.myomap.session.fhir;

import java.util.Arrays;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.myomap.common.problem.ApiException;

/**
 * The two Bundles an export can be: a {@code collection} to read (the default), or a {@code transaction} a FHIR
 * server loads as it is, creating the patient and practitioner only if absent and updating what an earlier
 * export of the same session already wrote.
 */
public enum BundleKind {
    COLLECTION(Bundle.BundleType.COLLECTION),
    TRANSACTION(Bundle.BundleType.TRANSACTION);

    public static final String PARAMETER = "bundle";

    private final Bundle.BundleType type;

    BundleKind(Bundle.BundleType type) {
        this.type = type;
    }

    Bundle.BundleType type() {
        return type;
    }

    /** The value of the {@code bundle} query parameter as the contract spells it. */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An absent parameter means a collection; anything but the two names is a 400 naming the parameter. */
    public static BundleKind of(String parameter) {
        if (parameter == null) {
            return COLLECTION;
        }
        return Arrays.stream(values()).filter(kind -> kind.parameterValue().equals(parameter)).findFirst()
                .orElseThrow(() -> ApiException.invalidParameter(PARAMETER, "must be 'collection' or 'transaction'"));
    }
}
