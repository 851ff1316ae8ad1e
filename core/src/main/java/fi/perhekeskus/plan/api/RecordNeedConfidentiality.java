package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Record an adult's decision to keep their own need from the other members of the family, or to
 * share it with them again.
 *
 * @param decidedBy    the adult the need concerns; no one else decides
 * @param confidential whether the need is kept from the other members from now on
 */
@Revision("1")
public record RecordNeedConfidentiality(@TargetAggregateIdentifier UUID caseId, UUID needId, UUID decidedBy,
                                        boolean confidential, String note) {

    public RecordNeedConfidentiality {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }
}
