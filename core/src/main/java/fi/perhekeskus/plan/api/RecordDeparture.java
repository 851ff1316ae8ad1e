package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * A network member leaves, or the key worker ends their membership.
 *
 * @param professionalId the member whose membership ends
 * @param requestedBy the signed-in professional: the member themself, or the key worker
 */
@Revision("1")
public record RecordDeparture(
        @TargetAggregateIdentifier UUID caseId,
        UUID professionalId,
        UUID requestedBy,
        String reason) {

    public RecordDeparture {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(professionalId, "professionalId");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
