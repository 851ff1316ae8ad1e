package fi.perhekeskus.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in as deployments do it: a bearer JWT from the identity provider (here a key made for the
 * test), matched to the directory by its {@code preferred_username} claim.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BearerTokenSignInTest {

    private static final KeyPair PROVIDER = keyPair();
    private static final KeyPair IMPOSTOR = keyPair();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
        Path publicKey = Files.createTempFile("identity-provider", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(PROVIDER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    }

    @Test
    void aTokenForSomeoneInTheDirectorySignsThemIn() {
        var response = get(token(PROVIDER, "sami", Instant.now().plusSeconds(300)));
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aTokenForSomeoneNotInTheDirectoryIsRefused() {
        var response = get(token(PROVIDER, "mallory", Instant.now().plusSeconds(300)));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertThat(get(token(IMPOSTOR, "sami", Instant.now().plusSeconds(300))).status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThat(get(token(PROVIDER, "sami", Instant.now().minusSeconds(600))).status()).isEqualTo(401);
    }

    private Api.Response get(String token) {
        return new Api(port).getWithAuthorization("/api/v1/professionals", "Bearer " + token);
    }

    private static String token(KeyPair key, String username, Instant expires) {
        var claims = new JWTClaimsSet.Builder()
                .subject("subject-of-" + username)
                .claim("preferred_username", username)
                .issueTime(Date.from(expires.minusSeconds(900)))
                .expirationTime(Date.from(expires))
                .build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
