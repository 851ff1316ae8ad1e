package fi.perhekeskus.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsTest {

    @LocalServerPort
    int port;

    @Test
    void metricsAreForSignedInScrapersOnly() {
        var api = new Api(port);
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        var metrics = api.getWithPassword("/actuator/prometheus", "helena", "helena-demo");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.http().body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theApiDescribesItselfWithoutSignIn() {
        var docs = new Api(port).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/professionals")).isTrue();
    }
}
