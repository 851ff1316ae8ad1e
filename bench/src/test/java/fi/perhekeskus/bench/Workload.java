package fi.perhekeskus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load works on, made through the API as a key worker makes it: the families' cases (for
 * the scenarios' feeder) and one long case for the supervisor to look back at.
 */
final class Workload {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    /** A member's id and role, which come before the member's own objects (contact details). */
    private static final Pattern MEMBER = Pattern.compile(
            "\\{[^{}]*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"[^{}]*\"role\"\\s*:\\s*\"(CHILD|GUARDIAN)\"");

    private final String baseUrl;

    Workload(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A family of a child and a guardian: the case's id and theirs. */
    record Family(String caseId, String guardian, String child) {
    }

    Family openCase() {
        String opened = post("/api/v1/cases", """
                {"family": {"members": [{"role": "CHILD", "displayName": "Eetu", "birthDate": "2018-03-04"},
                                        {"role": "GUARDIAN", "displayName": "Anna"}]}}""", 201);
        Matcher id = ID.matcher(opened);
        id.find();
        String caseId = id.group(1);
        String guardian = null;
        String child = null;
        for (Matcher member = MEMBER.matcher(get("/api/v1/cases/" + caseId)); member.find(); ) {
            if (member.group(2).equals("CHILD")) {
                child = member.group(1);
            } else {
                guardian = member.group(1);
            }
        }
        return new Family(caseId, guardian, child);
    }

    /** The scenarios' feeder: one row a case. */
    Path families(int count, Path csv) {
        var rows = new ArrayList<String>(List.of("caseId,guardian,child"));
        for (int i = 0; i < count; i++) {
            Family family = openCase();
            rows.add(family.caseId() + "," + family.guardian() + "," + family.child());
        }
        try {
            return Files.write(csv, rows, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case of exactly {@code events} events: needs recorded and agreed, and the child heard on them. */
    Family longCase(int events) {
        Family family = openCase();
        String need = null;
        for (int stored = 1; stored < events; stored++) {
            String path = "/api/v1/cases/" + family.caseId();
            switch (stored % 3) {
                case 1 -> {
                    Matcher id = ID.matcher(post(path + "/needs", recordNeed(family), 201));
                    id.find();
                    need = id.group(1);
                }
                case 2 -> post(path + "/needs/" + need + "/agreement", """
                        {"memberId": "%s", "decision": "AGREED", "channel": "MEETING", "givenAt": "2026-11-02T10:00:00Z"}"""
                        .formatted(family.guardian()), 200);
                default -> post(path + "/child-views", """
                        {"childId": "%s", "needId": "%s", "view": "Haluan leikkiä", "howHeard": "CONVERSATION"}"""
                        .formatted(family.child(), need), 201);
            }
        }
        return family;
    }

    static String recordNeed(Family family) {
        return """
                {"description": "Puhe ei selkeydy", "raisedBy": "%s", "concernsMemberIds": ["%s"]}"""
                .formatted(family.guardian(), family.child());
    }

    String post(String path, String body, int expected) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), expected);
    }

    String get(String path) {
        return send(request(path).GET().build(), 200);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("maija:maija-demo".getBytes(StandardCharsets.UTF_8)));
    }

    private static String send(HttpRequest request, int expected) {
        try {
            var answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + ": " + answer.statusCode()
                        + " " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
