package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Record what an external participant was told about named needs, on the family's consent.
 *
 * @param told   what was told, in the words it was told in
 * @param toldOn the day it was told
 */
@Revision("1")
public record TellExternalParticipant(
        @TargetAggregateIdentifier UUID caseId,
        UUID disclosureId,
        UUID participantId,
        Set<UUID> needIds,
        String told,
        LocalDate toldOn) {

    public TellExternalParticipant {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(disclosureId, "disclosureId");
        Objects.requireNonNull(participantId, "participantId");
        needIds = Set.copyOf(needIds);
        Objects.requireNonNull(toldOn, "toldOn");
    }
}
