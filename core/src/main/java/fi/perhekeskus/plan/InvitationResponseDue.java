package fi.perhekeskus.plan;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The deadline by which an invitation must be answered; it is stored by the scheduler until then. */
@Revision("1")
public record InvitationResponseDue(UUID invitationId) {

    public InvitationResponseDue {
        Objects.requireNonNull(invitationId, "invitationId");
    }
}
