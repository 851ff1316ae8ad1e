package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** End an external participant's place in the network; what they were told stays on record. */
@Revision("1")
public record RemoveExternalParticipant(
        @TargetAggregateIdentifier UUID caseId,
        UUID participantId,
        String reason) {

    public RemoveExternalParticipant {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(participantId, "participantId");
    }
}
