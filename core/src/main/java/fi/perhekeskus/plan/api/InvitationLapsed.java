package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A pending invitation ended by itself. */
@Revision("1")
public record InvitationLapsed(UUID caseId, UUID invitationId, InvitationLapseReason reason) {

    public InvitationLapsed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(reason, "reason");
    }
}
