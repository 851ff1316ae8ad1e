package fi.perhekeskus.accesslog;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One access to a case. Ids, codes and names of views only: never anything the family said.
 *
 * @param basis      why access was allowed (KEY_WORKER, MEMBERSHIP, SUPERVISION, INVITATION), or
 *                   NONE for a refusal
 * @param consentIds the consents that made a member's access possible, where consent was the basis
 */
public record AccessEntry(UUID professionalId, String username, String role, UUID caseId, String view,
                          String basis, Set<UUID> consentIds, Outcome outcome, String correlationId) {

    public enum Outcome {
        ALLOWED,
        REFUSED
    }

    public AccessEntry {
        Objects.requireNonNull(professionalId, "professionalId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(basis, "basis");
        consentIds = consentIds == null ? Set.of() : Set.copyOf(consentIds);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
