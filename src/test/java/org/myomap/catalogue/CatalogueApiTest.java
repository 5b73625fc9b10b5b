package org.myomap.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.myomap.support.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueApiTest {

    @Test
    void theFiveLowBackComplaintsExistWithTheirRegions() {
        api().get("/api/v1/complaints").then().statusCode(200)
                .body("items.id", hasItems("lumbar-paraspinal-pain", "sacroiliac-pain", "beltline-pain", "gluteal-pain",
                        "leg-pain-back-or-side"))
                .body("items.find { it.id == 'sacroiliac-pain' }.regions", hasItem("sacroiliac-joint"))
                .body("items.find { it.id == 'beltline-pain' }.regions", hasItem("beltline"))
                .body("items.find { it.id == 'gluteal-pain' }.regions", hasItems("upper-buttock", "lower-buttock"))
                .body("items.find { it.id == 'leg-pain-back-or-side' }.regions", hasItems("back-of-thigh", "outer-thigh"))
                .body("items.find { it.id == 'lumbar-paraspinal-pain' }.regions", hasItem("lumbar-paraspinal"));
    }

    @Test
    void theSacroiliacJointListsQuadratusLumborumThroughADeepTriggerPointAndGluteusMedius() {
        api().get("/api/v1/regions/sacroiliac-joint").then().statusCode(200)
                .body("muscles.essential.id", hasItems("quadratus-lumborum", "gluteus-medius"))
                .body("muscles.essential.find { it.id == 'quadratus-lumborum' }.triggerPoints.id",
                        hasItem(containsString("deep")));
    }

    @Test
    void aParentRegionIncludesMusclesReferringToTheRegionsBelowIt() {
        api().get("/api/v1/regions/lower-back").then().statusCode(200)
                .body("children", hasItems("sacroiliac-joint", "beltline"))
                .body("muscles.essential.id", hasItems("quadratus-lumborum", "gluteus-medius"));
    }

    @Test
    void theRegionTreeStartsAtTheRootsAndNestsChildren() {
        api().get("/api/v1/regions").then().statusCode(200)
                .body("items.id", hasItems("head", "trunk", "lower-limb"))
                .body("items.find { it.id == 'trunk' }.children.id", hasItem("lower-back"));
    }

    @Test
    void aConditionalGetOfTheCatalogueReturns304() {
        String etag = api().get("/api/v1/catalogue").then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("max-age"))
                .body("version", notNullValue())
                .extract().header("ETag");

        api().header("If-None-Match", etag).get("/api/v1/catalogue").then().statusCode(304)
                .header("ETag", equalTo(etag));
    }

    @Test
    void aStaleETagGetsTheWholeCatalogue() {
        api().header("If-None-Match", "\"0000000000000000\"").get("/api/v1/catalogue").then().statusCode(200);
    }

    @Test
    void theCatalogueIsGzippedWhenAsked() {
        RestAssured.given().header("Accept-Encoding", "gzip").get("/api/v1/catalogue").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void theCatalogueHoldsEveryMuscleWithItsTriggerPoints() {
        api().get("/api/v1/catalogue").then().statusCode(200)
                .body("muscles.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(40))
                .body("muscles.find { it.id == 'gluteus-minimus' }.triggerPoints.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    @Test
    void aMuscleComesWithItsTriggerPointsZonesAndProtocols() {
        api().get("/api/v1/muscles/quadratus-lumborum").then().statusCode(200)
                .body("triggerPoints.referralZones.flatten().zone", hasItems("essential", "spillover"))
                .body("protocols.audience", hasItem("patient"));
    }

    @Test
    void anUnknownMuscleIs404NamingTheId() {
        api().get("/api/v1/muscles/no-such-muscle").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://myomap.org/problems/not-found"))
                .body("detail", containsString("no-such-muscle"));
    }

    @Test
    void anUnknownRegionFilterIs400NamingTheParameter() {
        api().queryParam("region", "no-such-region").get("/api/v1/muscles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("region"))
                .body("detail", containsString("no-such-region"));
    }

    @Test
    void aRegionFilterFindsTheMusclesReferringThere() {
        api().queryParam("region", "heel").get("/api/v1/muscles").then().statusCode(200)
                .body("items.id", hasItem("soleus"))
                .body("items.id", not(hasItem("quadratus-lumborum")));
    }

    @Test
    void freeTextFindsAMuscleByALaySynonym() {
        api().queryParam("q", "hamstring").get("/api/v1/muscles").then().statusCode(200)
                .body("items.id", hasItem("biceps-femoris"));
    }

    @Test
    void musclesArePagedWithAnOpaqueCursorThatCoversEveryMuscleOnce() {
        var first = api().queryParam("limit", 25).get("/api/v1/muscles").then().statusCode(200)
                .body("items", hasSize(25)).extract();
        String next = first.path("next");
        List<String> firstIds = first.path("items.id");
        List<String> secondIds = api().queryParam("limit", 25).queryParam("cursor", next).get("/api/v1/muscles")
                .then().statusCode(200).extract().path("items.id");

        org.assertj.core.api.Assertions.assertThat(secondIds).doesNotContainAnyElementsOf(firstIds);
        org.assertj.core.api.Assertions.assertThat(secondIds.get(0)).isGreaterThan(firstIds.get(24));
    }

    @Test
    void aForgedCursorIs400() {
        api().queryParam("cursor", "not-a-cursor").get("/api/v1/muscles").then().statusCode(400)
                .body("invalidParams.name", hasItem("cursor"));
    }

    @Test
    void aLimitOutOfRangeIs400() {
        RestAssured.given().queryParam("limit", 0).get("/api/v1/muscles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("limit"));
    }

    @Test
    void protocolsFilterByMuscleAndAudience() {
        api().queryParam("muscle", "piriformis").queryParam("audience", "patient").get("/api/v1/protocols")
                .then().statusCode(200)
                .body("items", not(hasSize(0)))
                .body("items.audience", everyItem(equalTo("patient")))
                .body("items.muscles.flatten()", hasItem("piriformis"));
    }

    @Test
    void anUnknownAudienceIs400() {
        RestAssured.given().queryParam("audience", "everyone").get("/api/v1/protocols").then().statusCode(400)
                .body("invalidParams.name", hasItem("audience"));
    }

    @Test
    void aProtocolHasMachineReadableSteps() {
        String id = api().queryParam("muscle", "soleus").queryParam("audience", "patient").get("/api/v1/protocols")
                .then().extract().path("items[0].id");
        api().get("/api/v1/protocols/" + id).then().statusCode(200)
                .body("steps[0].technique", notNullValue())
                .body("expectedCourse.chronic", notNullValue())
                .body("stopAndSeePhysicianIf", not(hasSize(0)));
    }

    @Test
    void aComplaintListsTheMusclesReferringIntoItsRegions() {
        api().get("/api/v1/complaints/beltline-pain").then().statusCode(200)
                .body("muscles.essential.id", hasItem("gluteus-medius"));
    }
}
