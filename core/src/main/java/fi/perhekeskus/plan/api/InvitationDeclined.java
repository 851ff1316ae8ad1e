package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The invited specialist declined. */
@Revision("1")
public record InvitationDeclined(UUID caseId, UUID invitationId, UUID specialistId, String reason) {

    public InvitationDeclined {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(specialistId, "specialistId");
        Objects.requireNonNull(reason, "reason");
    }
}
