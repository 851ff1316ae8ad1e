package fi.perhekeskus.accesslog;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.accesslog.AccessEntry.Outcome;
import fi.perhekeskus.accesslog.Disclosure.Kind;
import fi.perhekeskus.directory.ProfessionalRole;

/** Rows as the tests write them; each test brings its own ids, so tests never see each other's rows. */
final class LogRows {

    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private LogRows() {
    }

    static Instant minutes(long minutes) {
        return T0.plusSeconds(60 * minutes);
    }

    static AccessEntry access(Instant at, UUID professionalId, UUID unitId, UUID caseId) {
        return new AccessEntry(at, professionalId, "maija", ProfessionalRole.KEY_WORKER, unitId, caseId,
                "GET /api/v1/cases/{caseId}", Basis.KEY_WORKER, Set.of(), Outcome.ALLOWED, "log-test");
    }

    static AccessEntry refusal(UUID caseId) {
        return new AccessEntry(T0, UUID.randomUUID(), "jari", ProfessionalRole.KEY_WORKER, UUID.randomUUID(), caseId,
                "POST /api/v1/cases/{caseId}/needs", Basis.NONE, Set.of(), Outcome.REFUSED, "log-test");
    }

    static Disclosure disclosure(Instant at, UUID caseId, Set<UUID> memberIds) {
        return new Disclosure(at, caseId, UUID.randomUUID(), UUID.randomUUID(), Set.of(UUID.randomUUID()), memberIds,
                Set.of(UUID.randomUUID()), Kind.JOINED_NETWORK, "log-test");
    }
}
