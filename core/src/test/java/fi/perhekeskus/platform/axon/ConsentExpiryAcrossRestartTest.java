package fi.perhekeskus.platform.axon;

import static fi.perhekeskus.platform.axon.RestartableApplication.KEY_WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentExpired;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.OpenCase;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordConsent;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RecordNeedAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consent's end date is a deadline in PostgreSQL: scheduled by one run of the application,
 * it expires the consent in the next one.
 */
class ConsentExpiryAcrossRestartTest {

    /**
     * Long enough for the first run to start, record the consent and stop before the consent ends,
     * on a machine running another test JVM beside this one.
     */
    private static final Duration UNTIL_END = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;

    @Test
    void consentExpiresAfterARestartAsTheSystemsAction() {
        // The database's first start (initdb and every migration) is not counted against the consent's
        // end: the deadline below starts only when a start is quick.
        new RestartableApplication(dataDirectory).start().close();

        // A consent runs through its last day in the deployment's zone. A zone whose midnight falls
        // shortly after now lets a consent valid "until today" end within this test.
        Instant end = Instant.now().plus(UNTIL_END).truncatedTo(ChronoUnit.SECONDS);
        ZoneOffset zone = zoneWhoseMidnightIs(end);
        LocalDate today = end.minusSeconds(1).atOffset(zone).toLocalDate();
        String zoneProperty = "familycentre.consent.zone=" + zone.getId();

        UUID caseId = UUID.randomUUID();
        UUID childId = UUID.randomUUID();
        UUID guardianId = UUID.randomUUID();
        UUID needId = UUID.randomUUID();
        UUID consentId = UUID.randomUUID();
        try (var app = new RestartableApplication(dataDirectory, zoneProperty).start()) {
            app.send(new OpenCase(caseId, List.of(
                    new FamilyMember(childId, MemberRole.CHILD, "Eetu", LocalDate.of(2018, 3, 4)),
                    new FamilyMember(guardianId, MemberRole.GUARDIAN, "Anna", null)),
                    KEY_WORKER.professionalId(), UUID.randomUUID(), FamilyLanguage.FINNISH), KEY_WORKER);
            app.send(new RecordNeed(caseId, needId, "Puheen kehitys huolettaa", null, Set.of(childId),
                    NeedRaiser.familyMember(guardianId)), KEY_WORKER);
            app.send(new RecordNeedAgreement(caseId, needId, guardianId, AgreementDecision.AGREED,
                    AgreementChannel.MEETING, Instant.now().minusSeconds(60), null), KEY_WORKER);
            app.send(new RecordConsent(caseId, consentId, guardianId, ConsentDecision.GRANT,
                    Recipient.professional(UUID.randomUUID()), Set.of(needId), "Puheterapia-arvio", today,
                    ConsentForm.WRITTEN, false), KEY_WORKER);
            app.stop();
            assertThat(Instant.now()).as("the first run stopped before the consent ended").isBefore(end);

            app.start();
            var expired = await().atMost(UNTIL_END.plusSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> app.events(caseId).stream()
                            .filter(event -> event.getPayloadType().equals(ConsentExpired.class))
                            .findFirst(), Optional::isPresent)
                    .orElseThrow();
            assertThat(((ConsentExpired) expired.getPayload()).consentId()).isEqualTo(consentId);
            assertThat(Actor.from(expired.getMetaData()).role()).isEqualTo(ActorRole.SYSTEM);
            assertThat(expired.getTimestamp()).isAfterOrEqualTo(end);
        }
    }

    private static ZoneOffset zoneWhoseMidnightIs(Instant instant) {
        int secondOfDay = instant.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay();
        int offset = secondOfDay <= 18 * 3600 ? -secondOfDay : 24 * 3600 - secondOfDay;
        return ZoneOffset.ofTotalSeconds(offset);
    }
}
