package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Record a disclosure made on a legal basis other than consent. The recipient is named as text: it
 * never becomes a participant of the case.
 *
 * @param provision        the provision of law it was made under; optional for a child welfare
 *                         notification, whose provision the basis names
 * @param recipient        the authority or office it was made to
 * @param concernsMemberIds whose data was disclosed
 * @param needIds          the needs of the plan it disclosed, if any: a notification may tell what no need records
 * @param disclosed        what was disclosed, in a few words
 */
@Revision("1")
public record RecordLegalDisclosure(
        @TargetAggregateIdentifier UUID caseId,
        UUID disclosureId,
        LegalBasis legalBasis,
        String provision,
        String recipient,
        Set<UUID> concernsMemberIds,
        Set<UUID> needIds,
        String disclosed,
        LocalDate disclosedOn) {

    public RecordLegalDisclosure {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(disclosureId, "disclosureId");
        Objects.requireNonNull(legalBasis, "legalBasis");
        concernsMemberIds = Set.copyOf(concernsMemberIds);
        needIds = Set.copyOf(needIds);
        Objects.requireNonNull(disclosedOn, "disclosedOn");
    }
}
