package org.myomap.catalogue.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.myomap.catalogue.store.CatalogueStore;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.ProblemType;

/**
 * The catalogue's published versions, as an offline app meets them: what changed between the version it holds
 * and the current one. The older document comes from PostgreSQL, where every stored version keeps its own.
 */
@ApplicationScoped
public class CatalogueHistory {

    /** A catalogue version as the service names them (a content hash); anything else cannot have been published. */
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Inject
    CatalogueStore store;
    @Inject
    ObjectMapper json;

    /**
     * @param current the current version's document as served (identity JSON)
     * @throws ApiException 400 for a missing or malformed version, 410 for one this service never kept
     */
    public CatalogueChanges since(String since, String currentVersion, byte[] current) {
        if (since == null || since.isBlank()) {
            throw new ApiException(ProblemType.INVALID_PARAMETER, "since is required: the catalogue version the app holds "
                    + "(its Catalogue-Version header or the document's version)");
        }
        if (!VERSION.matcher(since).matches()) {
            throw new ApiException(ProblemType.INVALID_PARAMETER, "since is not a catalogue version: 1 to 64 letters, digits, "
                    + "'.', '_' or '-'");
        }
        JsonNode newer = parse(current);
        if (since.equals(currentVersion)) {
            return CatalogueDiff.between(newer, newer);
        }
        byte[] older = store.document(since).orElseThrow(() -> new ApiException(ProblemType.CATALOGUE_VERSION_GONE,
                "Catalogue version " + since + " is not known here; fetch the whole catalogue (GET /api/v1/catalogue)"));
        return CatalogueDiff.between(parse(gunzip(older)), newer);
    }

    private JsonNode parse(byte[] document) {
        try {
            return json.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored catalogue document is not JSON", e);
        }
    }

    private static byte[] gunzip(byte[] gzip) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("A stored catalogue document is not gzip", e);
        }
    }
}
