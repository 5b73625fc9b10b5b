package org.myomap.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * Real RS256 tokens for tests, signed with a key pair made for this build (nothing is mocked). The keys live in
 * files because the test resource and the tests may load this class in different class loaders.
 */
public final class Tokens {

    public static final String ISSUER = "https://myomap.local/issuer";
    static final Path DIR = Path.of("target", "test-jwt");
    static final Path PUBLIC = DIR.resolve("public.pem");
    private static final Path PRIVATE = DIR.resolve("private.der");

    private Tokens() {
    }

    /** Creates the key pair once per build directory; returns the public key file for the verifier. */
    public static synchronized Path publicKey() {
        try {
            if (!Files.exists(PUBLIC) || !Files.exists(PRIVATE)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.createDirectories(DIR);
                Files.write(PRIVATE, pair.getPrivate().getEncoded());
                Files.writeString(PUBLIC, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
            }
            return PUBLIC.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey() {
        try {
            publicKey();
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(PRIVATE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String token(String subject, String clinic, String... roles) {
        return sign(Jwt.issuer(ISSUER).subject(subject).groups(Set.of(roles)).claim("clinic_id", clinic));
    }

    public static String patientToken(String subject, String clinic, String patientRef) {
        return sign(Jwt.issuer(ISSUER).subject(subject).groups(Set.of("patient")).claim("clinic_id", clinic)
                .claim("patient_ref", patientRef));
    }

    /** Signed by a key the service does not trust. */
    public static String forgedToken(String subject, String clinic, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).subject(subject).groups(Set.of(roles)).claim("clinic_id", clinic).expiresIn(600)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims of a well-formed token, to change before {@link #signed}: for tests of what the door refuses. */
    public static JwtClaimsBuilder claims(String subject) {
        return Jwt.issuer(ISSUER).subject(subject);
    }

    /** Signs claims with the key the service trusts. */
    public static String signed(JwtClaimsBuilder claims) {
        return sign(claims);
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.expiresIn(3600).sign(privateKey());
    }
}
