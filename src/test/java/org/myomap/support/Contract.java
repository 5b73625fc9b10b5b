package org.myomap.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/** Every request a test sends, and every response it gets, is checked against openapi/openapi.yaml. */
public final class Contract {

    public static final Path FILE = Path.of("openapi", "openapi.yaml");

    public static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(FILE.toAbsolutePath().toUri().toString())
            .withResolveCombinators(true)
            .build();

    private static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(VALIDATOR);

    /** For requests that break the contract on purpose: the request is not checked, the response still is. */
    private static final OpenApiValidationFilter RESPONSE_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(FILE.toAbsolutePath().toUri().toString())
                    .withResolveCombinators(true)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    /** The starting point of every integration test request. */
    public static RequestSpecification api() {
        return RestAssured.given().filter(FILTER);
    }

    /** For a request that is invalid on purpose; the error response is still checked against the contract. */
    public static RequestSpecification invalidRequest() {
        return RestAssured.given().filter(RESPONSE_ONLY);
    }
}
