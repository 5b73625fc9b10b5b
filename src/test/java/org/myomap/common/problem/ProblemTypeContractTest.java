package org.myomap.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The problem types the code can answer with are exactly those the contract lists, each with its status. */
class ProblemTypeContractTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    @Test
    void theContractListsEveryProblemTypeOfTheCodeAndNoOther() throws IOException {
        JsonNode schema = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()).at("/components/schemas/ProblemType");
        List<String> listed = new ArrayList<>();
        schema.path("enum").forEach(uri -> listed.add(uri.asText()));

        List<String> coded = Arrays.stream(ProblemType.values()).map(type -> type.uri().toString()).toList();

        assertThat(listed).as("problem types in the contract").containsExactlyInAnyOrderElementsOf(coded);
        String description = schema.path("description").asText();
        for (ProblemType type : ProblemType.values()) {
            assertThat(description).as("the contract gives the status of " + type.slug())
                    .containsPattern("(^|[\\s;])" + type.slug() + " " + type.status() + "\\b");
        }
    }
}
