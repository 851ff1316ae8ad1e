package fi.perhekeskus.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API as an outside client sees it: real HTTP, real sign-in with the demo directory. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Far beyond any answer the application gives; a test never waits forever on a request. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(90);

    private final int port;
    private final Function<String, String> authorization;

    /** Signing in with the embedded default's demo passwords (HTTP Basic). */
    public Api(int port) {
        this(port, username -> basic(username, username + "-demo"));
    }

    private Api(int port, Function<String, String> authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    /** Signing in as a deployment does, with a bearer token from the identity provider. */
    public static Api withTokensFrom(IdentityProvider provider, int port) {
        return new Api(port, username -> "Bearer " + provider.token(username, Instant.now().plusSeconds(300)));
    }

    /** A GET with extra headers in pairs. */
    public Response get(String path, String username, String... headers) {
        var builder = request(path, username).GET();
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    public Response getWithPassword(String path, String username, String password) {
        return getWithAuthorization(path, basic(username, password));
    }

    public Response getWithAuthorization(String path, String authorization) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).GET().build());
    }

    /**
     * A POST with a raw JSON body (so that malformed bodies can be sent too) and extra headers in
     * pairs, which replace the JSON content type and accept headers if they name them.
     */
    public Response post(String path, String username, String body, String... headers) {
        var builder = request(path, username).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    private HttpRequest.Builder request(String path, String username) {
        var builder = HttpRequest.newBuilder(uri(path)).timeout(ANSWER_WITHIN).header("Accept", "application/json");
        return username == null ? builder : builder.header("Authorization", authorization.apply(username));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Response send(HttpRequest request) {
        return new Response(exchange(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** A GET of a document that is not text, such as a PDF. */
    public HttpResponse<byte[]> getBytes(String path, String username, String accept) {
        return exchange(request(path, username).setHeader("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(HttpResponse<String> http) {

        public int status() {
            return http.statusCode();
        }

        public String header(String name) {
            return http.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(http.body());
        }
    }
}
