package org.myomap.catalogue.content;

import java.util.List;

/** The content files are broken; the message names every file and entry at fault, so nothing is half-loaded. */
public class CatalogueContentException extends RuntimeException {

    private final List<String> errors;

    public CatalogueContentException(List<String> errors) {
        super("The catalogue content is invalid (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                + "):\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
