package fi.perhekeskus.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a browser without JavaScript uses them: signed in through the sign-in form, with the
 * session cookie sent back by hand (it is {@code Secure}, which Java's cookie store keeps from plain
 * HTTP), and forms posted with the CSRF token the pages carry.
 */
public final class PageSession {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private String session;
    private String token;

    private PageSession(int port) {
        this.port = port;
    }

    /** A new browser session, not signed in: the sign-in page has been read. */
    public static PageSession open(int port) {
        var browser = new PageSession(port);
        browser.get("/signin");
        return browser;
    }

    /** Signed in through the form with the demo password; the first page after it has been read. */
    public static PageSession signIn(int port, String username) {
        var browser = open(port);
        var signedIn = browser.post("/signin", Map.of("username", username, "password", username + "-demo"));
        if (signedIn.status() != 302 || String.valueOf(signedIn.header("Location")).contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.status());
        }
        browser.get("/cases");
        return browser;
    }

    /** The same browser session, its cookie and form token, sent to another instance of the application. */
    public PageSession on(int otherPort) {
        var moved = new PageSession(otherPort);
        moved.session = session;
        moved.token = token;
        return moved;
    }

    public Api.Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** A form posted as a browser posts it, with the session's CSRF token. */
    public Api.Response post(String path, Map<String, String> fields, String... headers) {
        var withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token);
        return postRaw(path, form(withToken), headers);
    }

    /** A body as it is given, with the session cookie but nothing added: no token unless the body has one. */
    public Api.Response postRaw(String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The session cookie's value, to send by other means. */
    public String session() {
        return session;
    }

    public String csrfToken() {
        return token;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(String.valueOf(field.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (session != null) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Api.Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = Api.exchange(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find).findFirst()
                .ifPresent(cookie -> session = cookie.group(1));
        Matcher form = TOKEN.matcher(response.body());
        if (form.find()) {
            token = form.group(1);
        }
        return new Api.Response(response);
    }
}
