package org.myomap.common.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The contract as the service serves it at /q/openapi: the bytes of openapi/openapi.yaml as written (the build copies
 * the file into META-INF), and the same document as JSON, converted from them the first time it is asked for. Nothing
 * of this runs during a start: the contract is not needed for the service to be ready.
 */
public final class ContractDocument {

    /** Where the build puts openapi/openapi.yaml (pom.xml, copy-contract). */
    static final String RESOURCE = "META-INF/openapi.yaml";

    private final byte[] yaml;
    private volatile byte[] json;

    ContractDocument(byte[] yaml) {
        this.yaml = yaml;
    }

    /** The contract the build copied onto the class path. */
    static ContractDocument fromClassPath() {
        try (InputStream in = ContractDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: the build copies openapi/openapi.yaml there");
            }
            return new ContractDocument(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] yaml() {
        return yaml;
    }

    /** The same document as JSON; converted once (a race converts it twice, to the same bytes). */
    byte[] json() {
        byte[] converted = json;
        if (converted == null) {
            converted = toJson(yaml);
            json = converted;
        }
        return converted;
    }

    private static byte[] toJson(byte[] yaml) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml is not valid YAML", e);
        }
    }

    /** JSON or YAML, chosen as Quarkus' own /q/openapi chose: by the path's extension, then Accept, then ?format=. */
    static boolean wantsJson(String path, String accept, String formatParameter) {
        if (path.endsWith(".json")) {
            return true;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return false;
        }
        return (accept != null && accept.contains("application/json")) || "json".equalsIgnoreCase(formatParameter);
    }
}
