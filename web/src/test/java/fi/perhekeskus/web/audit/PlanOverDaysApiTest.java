package fi.perhekeskus.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PlanBodies;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * A family's plan over ten simulated days, through the API, read back at chosen moments: what had
 * been recorded by then, which consents were in force, who was in the network and what each member
 * could see. The events are stamped by the test's clock, which the days move.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class PlanOverDaysApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    private Api api;
    private String caseUrl;
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void eventsAreStampedByTheTestsClock() {
        GenericEventMessage.clock = clock;
        api = new Api(port);
    }

    @AfterEach
    void andThenByTheRealOne() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void thePlanAtEachMomentIsWhatHadHappenedByThen() {
        caseUrl = api.post("/api/v1/cases", "maija", """
                {"family": {"members": [
                  {"role": "CHILD", "displayName": "Ilona", "birthDate": "2016-06-01"},
                  {"role": "GUARDIAN", "displayName": "Petri"}]}}""").header("Location");
        JsonNode family = api.get(caseUrl, "maija").json().get("family").get("members");
        String ilona = family.get(0).get("id").asString();
        String petri = family.get(1).get("id").asString();
        String sami = professional("sami");
        String outi = professional("outi");

        String reading = need("Lukeminen takkuaa", ilona, petri);
        String sleep = need("Nukahtaminen venyy myöhään", ilona, petri);
        String speech = need("Ässän ääntäminen", ilona, petri);
        post("/child-views", """
                {"childId": "%s", "view": "Haluan oppia lukemaan itse", "howHeard": "CONVERSATION"}""".formatted(ilona));
        String toSami = post("/consents", consent(petri, sami, reading, today().plusDays(2)));
        post("/consents", consent(petri, outi, speech, today().plusDays(30)));
        join(sami, reading);
        join(outi, speech);
        Instant firstDay = clock.instant();

        nextDay();
        post("/actions", """
                {"needId": "%s", "description": "Lukuhetki joka ilta", "responsible": {"kind": "FAMILY_MEMBER", "id": "%s"},
                 "dueDate": "%s"}""".formatted(reading, petri, today().plusDays(7)));
        post("/reviews", PlanBodies.review(api, caseUrl, "maija", UUID.fromString(petri), today(),
                today().plusDays(14)));
        post("/approvals", "{\"approvedBy\": \"%s\", \"version\": %d}".formatted(petri, version()));
        Instant approvedDay = clock.instant();

        nextDay();
        nextDay();
        nextDay();
        // Sami's consent ended with its third day; no expiry has been recorded.
        post("/needs/" + sleep + "/revision", "{\"description\": \"Nukahtaminen venyy yhä myöhään\"}");
        post("/child-views", """
                {"childId": "%s", "needId": "%s", "view": "Iltasatu auttaa", "howHeard": "DRAWING"}"""
                .formatted(ilona, reading));
        String drill = post("/actions", """
                {"needId": "%s", "description": "Äänneharjoitus", "responsible": {"kind": "KEY_WORKER", "id": "%s"},
                 "dueDate": "%s"}""".formatted(speech, professional("maija"), today().plusDays(3)));
        post("/actions/" + drill + "/completion", "{}");
        Instant afterSamisConsent = clock.instant();

        nextDay();
        assertThat(api.post(caseUrl + "/members/" + outi + "/departure", "outi", "{\"reason\": \"Jakso päättyi\"}")
                .status()).isEqualTo(200);
        nextDay();
        post("/closure", PlanBodies.closing(api, caseUrl, "maija", "Tuki päättyi"));
        Instant closedDay = clock.instant();

        assertThat(api.get(caseUrl + "/history?size=500", "maija").json().get("totalItems").asLong())
                .isGreaterThanOrEqualTo(24);

        JsonNode first = at(firstDay);
        assertThat(first.get("plan").get("needs")).hasSize(3);
        assertThat(first.get("plan").get("reviews")).isEmpty();
        assertThat(first.get("plan").get("approval").isNull()).isTrue();
        assertThat(rights(first)).containsExactlyInAnyOrder("Sami Salo " + reading, "Outi Ojala " + speech);

        JsonNode approved = at(approvedDay);
        assertThat(approved.get("plan").get("reviews")).hasSize(1);
        assertThat(approved.get("plan").get("approval").get("changedSinceApproval").asBoolean()).isFalse();

        JsonNode later = at(afterSamisConsent);
        assertThat(later.get("plan").get("approval").get("changedSinceApproval").asBoolean()).isTrue();
        assertThat(rights(later)).containsExactlyInAnyOrder("Sami Salo -", "Outi Ojala " + speech);
        assertThat(later.get("plan").get("consents")).anySatisfy(consent -> {
            assertThat(consent.get("id").asString()).isEqualTo(toSami);
            assertThat(consent.get("status").asString()).isEqualTo("ACTIVE");
        });
        assertThat(later.get("plan").get("needs").get(1).get("status").asString()).isEqualTo("PROPOSED");

        JsonNode closed = at(closedDay);
        assertThat(closed.get("plan").get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("plan").get("network").get("members")).isEmpty();
        assertThat(closed.get("rights")).isEmpty();
    }

    private JsonNode at(Instant moment) {
        var read = api.get(caseUrl + "/plan?at=" + moment, "helena");
        assertThat(read.status()).isEqualTo(200);
        return read.json();
    }

    private static List<String> rights(JsonNode past) {
        List<String> rights = new ArrayList<>();
        past.get("rights").forEach(right -> rights.add(right.get("displayName").asString() + " "
                + (right.get("needIds").isEmpty() ? "-" : right.get("needIds").get(0).asString())));
        return rights;
    }

    private String need(String description, String concerns, String agreedBy) {
        String needId = post("/needs", """
                {"description": "%s", "raisedBy": "%s", "concernsMemberIds": ["%s"]}"""
                .formatted(description, agreedBy, concerns));
        post("/needs/" + needId + "/agreement", """
                {"memberId": "%s", "decision": "AGREED", "channel": "MEETING", "givenAt": "%s"}"""
                .formatted(agreedBy, clock.instant().minusSeconds(60)));
        return needId;
    }

    private void join(String specialist, String needId) {
        String invitation = post("/invitations", """
                {"specialistId": "%s", "needIds": ["%s"], "message": "Tervetuloa", "respondBy": "%s"}"""
                .formatted(specialist, needId, today().plusDays(5)));
        String username = specialist.equals(professional("sami")) ? "sami" : "outi";
        assertThat(api.post("/api/v1/invitations/" + invitation + "/acceptance", username, "{}").status())
                .isEqualTo(200);
    }

    private static String consent(String givenBy, String recipient, String needId, LocalDate validUntil) {
        return """
                {"givenBy": "%s", "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": "%s"},
                 "needIds": ["%s"], "purpose": "Tuki", "validUntil": "%s", "form": "WRITTEN"}"""
                .formatted(givenBy, recipient, needId, validUntil);
    }

    /** A command as the key worker; the new item's id, if it made one. */
    private String post(String path, String body) {
        var response = api.post(caseUrl + path, "maija", body);
        assertThat(response.status()).as(path + " " + response.http().body()).isBetween(200, 201);
        JsonNode id = response.json().get("id");
        return id == null || id.isNull() ? null : id.asString();
    }

    private long version() {
        return api.get(caseUrl, "maija").json().get("version").asLong();
    }

    private String professional(String username) {
        return api.get("/api/v1/professionals?q=" + username, "maija").json().get("items").get(0).get("id").asString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private void nextDay() {
        clock.advance(Duration.ofDays(1));
    }
}
