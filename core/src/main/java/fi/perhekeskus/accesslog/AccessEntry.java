package fi.perhekeskus.accesslog;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.directory.ProfessionalRole;

/**
 * One access to one case's client data, or a refused attempt. Ids, codes and the name of a view:
 * there is no field a family's words could go in.
 *
 * @param at              when it happened, from the application's clock
 * @param role            the role the professional was signed in with; their relation to this case
 *                        is {@code basis}
 * @param unitId          the professional's unit at the time
 * @param caseId          the case whose data was shown or changed, or the case asked for in a
 *                        refusal; {@code null} only when the access showed no case at all
 * @param view            the view or command by name, such as {@code GET /api/v1/cases/{caseId}} or
 *                        {@code LIST cases}: a method or verb, then at most one token without
 *                        spaces, so that no query string or free text fits
 * @param basisConsentIds the consents that let a network member (or an invitee) see what they saw
 */
public record AccessEntry(Instant at, UUID professionalId, String username, ProfessionalRole role, UUID unitId,
                          UUID caseId, String view, Basis basis, Set<UUID> basisConsentIds, Outcome outcome,
                          String correlationId) {

    private static final Pattern VIEW = Pattern.compile("(?=.{1,200}$)[A-Z]+(?: [A-Za-z0-9/{}._-]+)?");
    private static final Pattern USERNAME = Pattern.compile("\\S{1,100}");

    public enum Outcome {
        ALLOWED,
        REFUSED
    }

    public AccessEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(professionalId, "professionalId");
        Checks.matching(USERNAME, username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unitId, "unitId");
        Checks.matching(VIEW, view, "view");
        Objects.requireNonNull(basis, "basis");
        basisConsentIds = basisConsentIds == null ? Set.of() : Set.copyOf(basisConsentIds);
        Objects.requireNonNull(outcome, "outcome");
        Checks.correlationId(correlationId);
        if (outcome == Outcome.ALLOWED && basis == Basis.NONE) {
            throw new IllegalArgumentException("An allowed access has a basis");
        }
    }
}
