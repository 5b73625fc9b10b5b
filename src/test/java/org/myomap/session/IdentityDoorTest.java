package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.myomap.session.Sessions.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.myomap.support.Tokens;

/** A signature proves who issued a token, not that its claims are usable: the door checks them (issue #10). */
@QuarkusTest
class IdentityDoorTest {

    @Test
    void aTokenWithoutAClinicIsRefusedAndSeesNoSharedTenant() {
        String noClinic = Tokens.signed(Tokens.claims("therapist-x").groups(Set.of("clinician")));
        as(noClinic).body(Sessions.body("P-DOOR-1")).post("/api/v1/sessions").then().statusCode(403)
                .body("detail", containsString("clinic_id"))
                .header("WWW-Authenticate", containsString("insufficient_scope"));
        as(noClinic).get("/api/v1/sessions").then().statusCode(403);
    }

    @Test
    void aTokenWithoutAKnownRoleIsRefused() {
        String unknownRole = Tokens.signed(Tokens.claims("someone").groups(Set.of("superuser", "x".repeat(300)))
                .claim("clinic_id", Sessions.newClinic()));
        as(unknownRole).get("/api/v1/sessions").then().statusCode(403).body("detail", containsString("roles"));
    }

    @Test
    void overlongClaimsAre401NotA500() {
        String clinic = Sessions.newClinic();
        String longClinic = Tokens.signed(Tokens.claims("therapist-1").groups(Set.of("clinician")).claim("clinic_id", "c".repeat(65)));
        String longSubject = Tokens.signed(Tokens.claims("s".repeat(129)).groups(Set.of("clinician")).claim("clinic_id", clinic));
        String controlInClinic = Tokens.signed(Tokens.claims("therapist-1").groups(Set.of("clinician")).claim("clinic_id", "clinic\nb"));
        for (String token : new String[] {longClinic, longSubject, controlInClinic}) {
            as(token).get("/api/v1/sessions").then().statusCode(401)
                    .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
        }
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        String future = Tokens.signed(Tokens.claims("therapist-1").groups(Set.of("clinician"))
                .claim("clinic_id", Sessions.newClinic()).issuedAt(Instant.now().plusSeconds(3600)));
        as(future).get("/api/v1/sessions").then().statusCode(401).body("detail", containsString("future"));
    }

    @Test
    void aTokenIssuedWithinTheClockLeewayIsAccepted() {
        String slightlyAhead = Tokens.signed(Tokens.claims("therapist-1").groups(Set.of("clinician"))
                .claim("clinic_id", Sessions.newClinic()).issuedAt(Instant.now().plusSeconds(20)));
        as(slightlyAhead).get("/api/v1/sessions").then().statusCode(200);
    }

    @Test
    void aRequestWithoutCredentialsGetsTheBearerChallengeWithoutAnErrorCode() {
        String challenge = org.myomap.support.Contract.invalidRequest().get("/api/v1/sessions").then().statusCode(401).extract().header("WWW-Authenticate");
        assertThat(challenge).startsWith("Bearer realm=\"myomap\"").doesNotContain("error=");
    }

    @Test
    void aForgedTokenGetsInvalidToken() {
        as(Tokens.forgedToken("therapist-1", Sessions.newClinic(), "clinician")).get("/api/v1/sessions").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer realm=\"myomap\", error=\"invalid_token\""))
                .body("type", equalTo("https://myomap.org/problems/unauthorized"));
    }

    @Test
    void aTokenWithAnAlteredSignatureIsRefusedAfterTheGenuineTokenWasAccepted() {
        String clinic = Sessions.newClinic();
        String genuine = Tokens.token("therapist-1", clinic, "clinician");
        as(genuine).get("/api/v1/sessions").then().statusCode(200);

        int inSignature = genuine.lastIndexOf('.') + 10;
        String altered = genuine.substring(0, inSignature) + (genuine.charAt(inSignature) == 'A' ? 'B' : 'A')
                + genuine.substring(inSignature + 1);
        as(altered).get("/api/v1/sessions").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer realm=\"myomap\", error=\"invalid_token\""));
        as(genuine).get("/api/v1/sessions").then().statusCode(200);
    }
}
