package fi.perhekeskus.plan.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * Data of the family was disclosed on a legal basis other than consent. It opens nothing to the
 * recipient in this system; the disclosure log and the family's report list it.
 */
@Revision("1")
public record DisclosedOnLegalBasis(
        UUID caseId,
        UUID disclosureId,
        LegalBasis legalBasis,
        String provision,
        String recipient,
        Set<UUID> concernsMemberIds,
        Set<UUID> needIds,
        String disclosed,
        LocalDate disclosedOn) {

    public DisclosedOnLegalBasis {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(disclosureId, "disclosureId");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(recipient, "recipient");
        concernsMemberIds = Set.copyOf(concernsMemberIds);
        needIds = Set.copyOf(needIds);
        Objects.requireNonNull(disclosed, "disclosed");
        Objects.requireNonNull(disclosedOn, "disclosedOn");
    }
}
