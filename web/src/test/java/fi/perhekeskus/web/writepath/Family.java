package fi.perhekeskus.web.writepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fi.perhekeskus.web.Api;
import tools.jackson.databind.JsonNode;

/** A family's case opened and worked on through the API by its key worker, maija. */
final class Family {

    private final Api api;
    private final UUID caseId;
    private final String child;
    private final String guardian;

    Family(Api api) {
        this.api = api;
        var opened = api.post("/api/v1/cases", "maija", """
                {"family": {"members": [
                  {"role": "CHILD", "displayName": "Eetu", "birthDate": "2018-03-04"},
                  {"role": "GUARDIAN", "displayName": "Anna"}]}}""");
        assertThat(opened.status()).isEqualTo(201);
        caseId = UUID.fromString(opened.json().get("id").asString());
        JsonNode members = api.get(caseUrl(), "maija").json().get("family").get("members");
        child = memberOf(members, "CHILD");
        guardian = memberOf(members, "GUARDIAN");
    }

    private Family(Api api, UUID caseId, String child, String guardian) {
        this.api = api;
        this.caseId = caseId;
        this.child = child;
        this.guardian = guardian;
    }

    /** The same family, through another instance of the application. */
    Family on(Api other) {
        return new Family(other, caseId, child, guardian);
    }

    UUID caseId() {
        return caseId;
    }

    String caseUrl() {
        return "/api/v1/cases/" + caseId;
    }

    Api.Response recordNeed(String... headers) {
        return api.post(caseUrl() + "/needs", "maija", """
                {"description": "Puhe ei selkeydy", "raisedBy": "%s", "concernsMemberIds": ["%s"]}"""
                .formatted(guardian, child), headers);
    }

    /** An agreed need shared with the specialist sami: the consent's id. */
    UUID consentToSami() {
        var need = recordNeed();
        assertThat(need.status()).isEqualTo(201);
        String needId = need.json().get("id").asString();
        assertThat(api.post(caseUrl() + "/needs/" + needId + "/agreement", "maija", """
                {"memberId": "%s", "decision": "AGREED", "channel": "MEETING", "givenAt": "%s"}"""
                .formatted(guardian, Instant.now().minusSeconds(60))).status()).isEqualTo(200);
        String sami = api.get("/api/v1/professionals?q=sami", "maija").json().get("items").get(0).get("id")
                .asString();
        var consent = api.post(caseUrl() + "/consents", "maija", """
                {"givenBy": "%s", "decision": "GRANT", "recipient": {"kind": "PROFESSIONAL", "id": "%s"},
                 "needIds": ["%s"], "purpose": "Puheterapia", "validUntil": "%s", "form": "WRITTEN"}"""
                .formatted(guardian, sami, needId, LocalDate.now().plusMonths(3)));
        assertThat(consent.status()).isEqualTo(201);
        return UUID.fromString(consent.json().get("id").asString());
    }

    private static String memberOf(JsonNode members, String role) {
        for (JsonNode member : members) {
            if (member.get("role").asString().equals(role)) {
                return member.get("id").asString();
            }
        }
        throw new IllegalStateException("No " + role + " in the family");
    }
}
