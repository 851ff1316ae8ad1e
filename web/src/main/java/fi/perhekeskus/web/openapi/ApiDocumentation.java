package fi.perhekeskus.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document at {@code /v3/api-docs}: what springdoc reads from the controllers, with a
 * summary and examples for every operation from {@code openapi/examples.json} (data, kept beside
 * the code it documents), and the problems any operation can answer with, written once here.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String PROBLEMS = "https://perhekeskus.fi/problems/";

    /** An operation's summary, request example and success answers by status. */
    record Documented(String summary, Object request, Map<String, Object> responses) {
    }

    @Bean
    OpenAPI familyCentreApi() {
        return new OpenAPI()
                .info(new Info().title("Perhekeskus case coordination API").version("v1")
                        .description("The family's shared client plan, coordinated by its key worker (omatyöntekijä). "
                                + "Commands answer with the plan's version in ETag; send it back as If-Match. "
                                + "Errors are application/problem+json; a broken rule of the plan carries its rule code.")
                        .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/en/")))
                .components(new Components()
                        .addSecuritySchemes("demo", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The demo directory of the embedded default: maija / maija-demo"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A token from the deployment's identity provider")))
                .security(List.of(new SecurityRequirement().addList("demo"), new SecurityRequirement().addList("bearer")));
    }

    @Bean
    OpenApiCustomizer examples(JsonMapper json) {
        Map<String, Documented> documented = read(json);
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Documented entry = documented.get(method.name() + " " + path);
            if (entry != null) {
                document(operation, entry);
            }
            problems(path, method.name(), operation.getResponses());
        }));
    }

    private static void document(Operation operation, Documented entry) {
        operation.setSummary(entry.summary());
        if (entry.request() != null && operation.getRequestBody() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> media.setExample(entry.request()));
        }
        var responses = new ApiResponses();
        entry.responses().forEach((status, example) -> responses.addApiResponse(status, new ApiResponse()
                .description(status.equals("201") ? "Created: the new item's id, its URL in Location" : "OK")
                .content(new Content().addMediaType(JSON, new MediaType().example(example)))));
        // The documented answers replace springdoc's guess, which cannot see a 201 chosen at run time.
        operation.getResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                responses.addApiResponse(status, response);
            }
        });
        operation.setResponses(responses);
    }

    /** What every operation can answer besides success, each with an example. */
    private static void problems(String path, String method, ApiResponses responses) {
        responses.addApiResponse("401", problem("Not signed in", 401, "unauthorized", "Sign in to use the API."));
        if (path.contains("{caseId}") || path.contains("{invitationId}")) {
            responses.addApiResponse("404", problem("No such case, or not one the caller may see: the same answer",
                    404, "not-found", "No such case."));
        }
        if (!method.equals("POST")) {
            return;
        }
        responses.addApiResponse("400", problem("Invalid input", 400, "bad-request", "Some fields are not valid.")
                .content(new Content().addMediaType(PROBLEM, new MediaType().example(Map.of(
                        "type", PROBLEMS + "bad-request", "title", "Bad Request", "status", 400,
                        "detail", "Some fields are not valid.",
                        "errors", List.of(Map.of("field", "description", "message", "size must be between 0 and 4000")))))));
        responses.addApiResponse("403", problem("The caller may see the case but not do this", 403, "forbidden",
                "Your role in this case (SUPERVISION) may not do this."));
        responses.addApiResponse("409", new ApiResponse().description("A rule of the plan, or a concurrent change")
                .content(new Content().addMediaType(PROBLEM, new MediaType().example(Map.of(
                        "type", PROBLEMS + "rule/NEED_NOT_AGREED", "title", "A rule of the plan was broken",
                        "status", 409, "detail", "need 546f2c62-e913-4665-a27e-dc075e10a58d is not agreed",
                        "rule", "NEED_NOT_AGREED", "item", "546f2c62-e913-4665-a27e-dc075e10a58d")))));
        responses.addApiResponse("412", problem("If-Match names a version the plan has moved on from", 412,
                "precondition-failed", "The plan has changed since the version in If-Match; read it again and retry."));
    }

    private static ApiResponse problem(String description, int status, String type, String detail) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM,
                new MediaType().example(Map.of("type", PROBLEMS + type, "title", description, "status", status,
                        "detail", detail))));
    }

    private static Map<String, Documented> read(JsonMapper json) {
        try (InputStream examples = new ClassPathResource("openapi/examples.json").getInputStream()) {
            return json.readValue(examples, new TypeReference<Map<String, Documented>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
