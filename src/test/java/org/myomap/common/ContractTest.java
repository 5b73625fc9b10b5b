package org.myomap.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.myomap.support.Contract;

@QuarkusTest
class ContractTest {

    private static final Request GET_MUSCLE = SimpleRequest.Builder.get("/api/v1/muscles/soleus").build();

    @Test
    void aResponseWithAFieldTheContractLacksFailsValidation() {
        String body = RestAssured.get("/api/v1/muscles/soleus").then().statusCode(200).extract().asString();
        String withExtraField = body.replaceFirst("\\{", "{\"undocumented\":true,");

        var real = Contract.VALIDATOR.validate(GET_MUSCLE, jsonResponse(body));
        var tampered = Contract.VALIDATOR.validate(GET_MUSCLE, jsonResponse(withExtraField));

        assertThat(real.getMessages()).isEmpty();
        assertThat(tampered.hasErrors()).isTrue();
        assertThat(tampered.getMessages().toString()).contains("undocumented");
    }

    /** Pages are composed from the shared Page schema (allOf): the composition must stay closed to unknown fields. */
    @Test
    void aPageWithAFieldTheContractLacksFailsValidation() {
        Request listMuscles = SimpleRequest.Builder.get("/api/v1/muscles").withQueryParam("limit", "2").build();
        String body = RestAssured.get("/api/v1/muscles?limit=2").then().statusCode(200).extract().asString();
        String withExtraField = body.replaceFirst("\\{", "{\"undocumented\":true,");

        var real = Contract.VALIDATOR.validate(listMuscles, jsonResponse(body));
        var tampered = Contract.VALIDATOR.validate(listMuscles, jsonResponse(withExtraField));

        assertThat(body).contains("\"next\"");
        assertThat(real.getMessages()).isEmpty();
        assertThat(tampered.hasErrors()).isTrue();
        assertThat(tampered.getMessages().toString()).contains("undocumented");
    }

    @Test
    void theServedContractIsTheHandWrittenFile() throws Exception {
        byte[] served = RestAssured.given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .contentType("application/yaml").extract().asByteArray();
        assertThat(new String(served, java.nio.charset.StandardCharsets.UTF_8)).contains("operationId: getCatalogue").contains("Proprietary");
        assertThat(served).isEqualTo(java.nio.file.Files.readAllBytes(Contract.FILE));
        assertThat(RestAssured.get("/q/openapi.yaml").then().statusCode(200).extract().asByteArray()).isEqualTo(served);
    }

    /** JSON, asked for as Quarkus' /q/openapi answered it: by Accept, by ?format=json, or by the .json path. */
    @Test
    void theServedJsonContractIsTheSameDocument() throws Exception {
        var written = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Contract.FILE.toFile());
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (var request : java.util.List.of(RestAssured.given().accept("application/json").basePath("/q/openapi"),
                RestAssured.given().queryParam("format", "json").basePath("/q/openapi"),
                RestAssured.given().basePath("/q/openapi.json"))) {
            String served = request.get().then().statusCode(200).contentType("application/json").extract().asString();
            assertThat(json.readTree(served)).isEqualTo(written);
        }
    }

    @Test
    void swaggerUiReadsTheServedContract() {
        String page = RestAssured.get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertThat(page).contains("/q/openapi");
    }

    private static SimpleResponse jsonResponse(String body) {
        return SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build();
    }
}
