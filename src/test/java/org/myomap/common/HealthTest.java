package org.myomap.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.myomap.support.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void readinessReportsTheCatalogueAndNotTheDatabase() {
        api().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("catalogue"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItems("database")));
    }

    @Test
    void theDatabaseGroupReportsTheDatabaseOnceItIsPrepared() {
        api().get("/q/health/group/database").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("database"));
    }

    @Test
    void livenessDoesNotDependOnTheDatabase() {
        api().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItems("database")));
    }
}
