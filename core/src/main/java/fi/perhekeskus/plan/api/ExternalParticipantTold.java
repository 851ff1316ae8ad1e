package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * An external participant was told about named needs on the basis of the listed consents: a
 * disclosure (luovutus) that the disclosure log and the family's report list.
 *
 * @param consentIds the consents that covered telling each need to the participant when it was told
 */
@Revision("1")
public record ExternalParticipantTold(
        UUID caseId,
        UUID disclosureId,
        UUID participantId,
        Set<UUID> needIds,
        Set<UUID> consentIds,
        String told,
        LocalDate toldOn) {

    public ExternalParticipantTold {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(disclosureId, "disclosureId");
        Objects.requireNonNull(participantId, "participantId");
        needIds = Set.copyOf(needIds);
        consentIds = Set.copyOf(consentIds);
        Objects.requireNonNull(told, "told");
        Objects.requireNonNull(toldOn, "toldOn");
    }
}
