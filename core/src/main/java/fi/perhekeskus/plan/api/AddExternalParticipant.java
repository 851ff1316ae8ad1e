package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Name someone who is no user of the system as a participant of the family's network: the child's
 * teacher, early childhood education, an organisation's or a parish's worker, Kela.
 *
 * @param organisation where they work, as the family and the key worker name it; optional
 */
@Revision("1")
public record AddExternalParticipant(
        @TargetAggregateIdentifier UUID caseId,
        UUID participantId,
        String name,
        String organisation,
        ExternalParticipantKind kind) {

    public AddExternalParticipant {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(kind, "kind");
    }
}
