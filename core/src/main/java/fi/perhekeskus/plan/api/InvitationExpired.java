package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** An invitation was not answered in time. */
@Revision("1")
public record InvitationExpired(UUID caseId, UUID invitationId) {

    public InvitationExpired {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(invitationId, "invitationId");
    }
}
