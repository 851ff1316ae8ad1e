package fi.perhekeskus.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import fi.perhekeskus.web.PageSession;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Nothing a page links to is built from the request's {@code Host}, which any client chooses: the
 * language links are relative to the page itself, keeping the page's own query.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class HostHeaderTest {

    @LocalServerPort
    int port;

    @Test
    void aForgedHostIsNotReflectedInThePagesLinks() {
        String signIn = rawGet("/signin?lang=sv", "evil.example", null);
        assertThat(signIn).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                .contains("href=\"?lang=fi\"", "href=\"?lang=sv\"", "href=\"?lang=en\"");

        var maija = PageSession.signIn(port, "maija");
        String cases = rawGet("/cases?status=OPEN", "evil.example:8443", maija.session());
        assertThat(cases).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                .contains("href=\"?status=OPEN&amp;lang=en\"");
    }

    /** As written on the wire (Java's HTTP client sends no Host of our choosing), in HTTP/1.0: one unchunked body. */
    private String rawGet(String path, String host, String session) {
        try (var socket = new Socket("localhost", port)) {
            String request = "GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nAccept: text/html\r\n"
                    + (session == null ? "" : "Cookie: JSESSIONID=" + session + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }
}
