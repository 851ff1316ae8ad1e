package fi.perhekeskus.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.LocalDate;

import io.gatling.javaapi.core.Simulation;

/**
 * A key worker's day, as mixed as the pages make it: the caseload and a family's plan read, a need
 * recorded and the family's agreement to it, an action for it, the family's consent to share it
 * with a specialist, and the specialist invited; then the plan and the caseload read again.
 */
public class KeyWorkerDay extends Simulation {

    /** The specialist invited (sami, in maija's unit), found once before the day starts. */
    static final String SPECIALIST = "benchmark.specialist";

    {
        String until = LocalDate.now().plusMonths(3).toString();
        var day = feed(Load.families())
                .exec(Load.readCaseload(), Load.readCase(), Load.recordNeed())
                .exec(http("RecordNeedAgreement").post("/api/v1/cases/#{caseId}/needs/#{needId}/agreement")
                        .body(StringBody("""
                                {"memberId": "#{guardian}", "decision": "AGREED", "channel": "MEETING",
                                 "givenAt": "2026-11-02T10:00:00Z"}"""))
                        .check(status().is(200)))
                .exec(http("PlanSupportAction").post("/api/v1/cases/#{caseId}/actions")
                        .body(StringBody("""
                                {"needId": "#{needId}", "description": "Puheterapian arvio",
                                 "responsible": {"kind": "FAMILY_MEMBER", "id": "#{guardian}"}, "dueDate": "%s"}""".formatted(until)))
                        .check(status().is(201)))
                .exec(http("RecordConsent").post("/api/v1/cases/#{caseId}/consents")
                        .body(StringBody("""
                                {"givenBy": "#{guardian}", "decision": "GRANT",
                                 "recipient": {"kind": "PROFESSIONAL", "id": "%s"}, "needIds": ["#{needId}"],
                                 "purpose": "Puheterapia", "validUntil": "%s", "form": "WRITTEN"}"""
                                .formatted(System.getProperty(SPECIALIST), until)))
                        .check(status().is(201)))
                .exec(http("InviteSpecialist").post("/api/v1/cases/#{caseId}/invitations")
                        .body(StringBody("""
                                {"specialistId": "%s", "needIds": ["#{needId}"], "message": "Tervetuloa",
                                 "respondBy": "%s"}""".formatted(System.getProperty(SPECIALIST), until)))
                        .check(status().in(201, 409)))
                .exec(Load.readCase(), Load.readCaseload());
        setUp(scenario("key worker's day").during(Load.length()).on(day).injectOpen(atOnceUsers(Load.clients())))
                .protocols(Load.as("maija"));
    }
}
