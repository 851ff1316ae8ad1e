package fi.perhekeskus.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes every endpoint of the API, each with a summary and examples. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDocumentationTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointIsDocumentedWithASummaryAndExamples() {
        var docs = new Api(port).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");

        Set<String> documented = new TreeSet<>();
        List<String> lacking = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String operation = entry.getKey().toUpperCase() + " " + path.getKey();
            documented.add(operation);
            JsonNode described = entry.getValue();
            if (described.get("summary") == null) {
                lacking.add(operation + ": no summary");
            }
            JsonNode body = described.get("requestBody");
            if (body != null && body.get("content").get("application/json").get("example") == null) {
                lacking.add(operation + ": no request example");
            }
            described.get("responses").properties().forEach(response -> {
                JsonNode content = response.getValue().get("content");
                boolean exemplified = content != null && content.values().stream()
                        .anyMatch(media -> media.get("example") != null);
                if (!exemplified) {
                    lacking.add(operation + ": no example of " + response.getKey());
                }
            });
        }));

        assertThat(documented).isEqualTo(apiEndpoints());
        assertThat(lacking).isEmpty();
        assertThat(docs.json().get("components").get("securitySchemes").properties()).hasSize(2);
    }

    /** What the application answers under /api/v1, as the OpenAPI document spells it. */
    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/v1/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        return endpoints;
    }
}
