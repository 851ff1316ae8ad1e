package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The key worker withdrew a pending invitation. */
@Revision("1")
public record InvitationWithdrawn(UUID caseId, UUID invitationId) {

    public InvitationWithdrawn {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(invitationId, "invitationId");
    }
}
