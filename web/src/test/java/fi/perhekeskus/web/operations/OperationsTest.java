package fi.perhekeskus.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * Metrics and the other operations endpoints are on the management port, which listens on the
 * loopback address only; the main port, which people and API clients reach, answers nothing of them
 * but the health probes, to anyone signed in or not.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ManagementPort management;

    @Autowired
    Environment environment;

    @Test
    void metricsAreNotOnTheMainPortForAnyoneSignedIn() {
        var api = new Api(port);
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        for (String user : new String[] {"helena", "sami", "maija"}) {
            assertThat(api.get("/actuator/prometheus", user).status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void metricsAreOnTheManagementPortWhichListensOnTheLoopbackAddressOnly() throws Exception {
        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
        var metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management.port()
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("familycentre_processor_lag");
    }

    @Test
    void theApiDescribesItselfWithoutSignIn() {
        var docs = new Api(port).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/professionals")).isTrue();
    }
}
