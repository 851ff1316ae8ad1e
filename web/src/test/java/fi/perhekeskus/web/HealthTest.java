package fi.perhekeskus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import fi.perhekeskus.web.operations.ManagementPort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The probes an orchestrator asks: on the main port as /livez and /readyz, and in full on the management port. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HealthTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ManagementPort management;

    @Test
    void readinessIncludesTheDatabase() throws Exception {
        var response = get(management.port(), "/actuator/health/readiness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
        assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);
    }

    @Test
    void livenessIsUp() throws Exception {
        assertThat(get(management.port(), "/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
    }

    /** Meant for trying out on one's own machine: no other machine reaches it unless configured to. */
    @Test
    void theEmbeddedDefaultServesThisMachineOnly() throws Exception {
        List<InetAddress> others = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && address instanceof Inet4Address)
                .toList();
        assertThat(others).as("this machine's other addresses").isNotEmpty();
        for (InetAddress address : others) {
            try (var socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
                        .as("connecting to %s:%d", address, port).isInstanceOf(IOException.class);
            }
        }
        assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(int to, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
