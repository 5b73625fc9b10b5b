package org.myomap.common.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Wraps smallrye-jwt's verification of bearer tokens (what Quarkus's JWT validator calls for every request) with
 * {@link VerifiedTokens}: a token verified within the last minute and not yet expired is not verified again.
 * Everything else (a new token, a refusal, the other parsing methods) goes to the verifier unchanged.
 */
@Decorator
@Priority(1)
abstract class RememberedVerifications implements JWTParser {

    private final VerifiedTokens verified = new VerifiedTokens(() -> Instant.now().getEpochSecond());

    @Inject
    @Delegate
    JWTParser verifier;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken remembered = verified.get(token).orElse(null);
        if (remembered != null) {
            return remembered;
        }
        JsonWebToken accepted = verifier.parse(token);
        verified.put(token, accepted);
        return accepted;
    }
}
