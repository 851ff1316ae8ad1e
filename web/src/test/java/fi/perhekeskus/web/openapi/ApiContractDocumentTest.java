package fi.perhekeskus.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The contract in docs/api.md lists exactly the endpoints the application serves. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiContractDocumentTest {

    /** A table row that starts with an endpoint in code: {@code | `POST /api/v1/cases` | ...}. */
    private static final Pattern ENDPOINT_ROW = Pattern.compile("^\\| `(GET|POST|PUT|PATCH|DELETE) (/api/v1/[^`]*)` \\|",
            Pattern.MULTILINE);

    @LocalServerPort
    int port;

    @Test
    void everyEndpointServedIsInTheContractAndEveryOneThereIsServed() throws IOException {
        var listed = new TreeSet<String>();
        var rows = ENDPOINT_ROW.matcher(Files.readString(Path.of("..", "docs", "api.md")));
        while (rows.find()) {
            listed.add(rows.group(1) + " " + rows.group(2));
        }
        Set<String> served = new TreeSet<>();
        new Api(port).get("/v3/api-docs", null).json().get("paths").properties().forEach(path ->
                path.getValue().properties().forEach(operation ->
                        served.add(operation.getKey().toUpperCase() + " " + path.getKey())));

        assertThat(listed).as("the endpoints of docs/api.md").isEqualTo(served);
    }
}
