package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** An external participant is no longer part of the network: nothing more may be told to them. */
@Revision("1")
public record ExternalParticipantRemoved(
        UUID caseId,
        UUID participantId,
        String reason) {

    public ExternalParticipantRemoved {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(participantId, "participantId");
    }
}
