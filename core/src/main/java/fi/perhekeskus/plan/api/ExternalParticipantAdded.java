package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** Someone who is no user of the system became a named participant of the family's network. */
@Revision("1")
public record ExternalParticipantAdded(
        UUID caseId,
        UUID participantId,
        String name,
        String organisation,
        ExternalParticipantKind kind) {

    public ExternalParticipantAdded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
