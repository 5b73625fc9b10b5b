package org.myomap.common.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContractDocumentTest {

    private static final byte[] YAML = """
            openapi: 3.0.3
            # a comment stays in the YAML served
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: fine
                    404:
                      description: absent
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void yamlIsServedAsWritten() {
        assertThat(new ContractDocument(YAML).yaml()).isEqualTo(YAML);
    }

    @Test
    void jsonIsTheSameDocument() throws Exception {
        byte[] json = new ContractDocument(YAML).json();

        assertThat(new ObjectMapper().readTree(json)).isEqualTo(new ObjectMapper(new YAMLFactory()).readTree(YAML));
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"404\"").doesNotContain("comment");
    }

    @Test
    void aContractThatIsNotYamlFailsWhenConvertedNotSilently() {
        ContractDocument broken = new ContractDocument("paths: [unclosed".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(broken::json).hasMessageContaining("not valid YAML");
    }

    @Test
    void theBuildPutsTheContractOnTheClassPath() {
        assertThat(new String(ContractDocument.fromClassPath().yaml(), StandardCharsets.UTF_8)).contains("operationId: getCatalogue");
    }

    @Test
    void theFormatIsChosenByExtensionThenAcceptThenFormatParameter() {
        assertThat(ContractDocument.wantsJson("/q/openapi", null, null)).isFalse();
        assertThat(ContractDocument.wantsJson("/q/openapi.json", null, null)).isTrue();
        assertThat(ContractDocument.wantsJson("/q/openapi.yaml", "application/json", "json")).isFalse();
        assertThat(ContractDocument.wantsJson("/q/openapi.yml", "application/json", null)).isFalse();
        assertThat(ContractDocument.wantsJson("/q/openapi", "application/json, */*", null)).isTrue();
        assertThat(ContractDocument.wantsJson("/q/openapi", "application/yaml", "JSON")).isTrue();
        assertThat(ContractDocument.wantsJson("/q/openapi", "application/yaml", "yaml")).isFalse();
    }
}
