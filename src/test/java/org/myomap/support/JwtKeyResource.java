package org.myomap.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the service's token verifier at the test key pair of {@link Tokens}. */
public class JwtKeyResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("mp.jwt.verify.publickey.location", Tokens.publicKey().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
    }
}
