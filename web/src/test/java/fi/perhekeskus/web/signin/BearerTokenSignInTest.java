package fi.perhekeskus.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.IdentityProvider;
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

    private static final IdentityProvider PROVIDER = new IdentityProvider();
    private static final IdentityProvider IMPOSTOR = new IdentityProvider();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        Path publicKey = PROVIDER.publicKeyFile();
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    }

    @Test
    void aTokenForSomeoneInTheDirectorySignsThemIn() {
        var response = get(PROVIDER.token("sami", Instant.now().plusSeconds(300)));
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aTokenForSomeoneNotInTheDirectoryIsRefused() {
        var response = get(PROVIDER.token("mallory", Instant.now().plusSeconds(300)));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertThat(get(IMPOSTOR.token("sami", Instant.now().plusSeconds(300))).status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThat(get(PROVIDER.token("sami", Instant.now().minusSeconds(600))).status()).isEqualTo(401);
    }

    private Api.Response get(String token) {
        return new Api(port).getWithAuthorization("/api/v1/professionals", "Bearer " + token);
    }
}
