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
        String served = RestAssured.given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        assertThat(served).contains("operationId: getCatalogue").contains("Proprietary");
        assertThat(java.nio.file.Files.readString(Contract.FILE)).contains("operationId: getCatalogue");
    }

    private static SimpleResponse jsonResponse(String body) {
        return SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build();
    }
}
