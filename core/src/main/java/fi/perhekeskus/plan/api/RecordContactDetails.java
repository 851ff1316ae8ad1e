package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Record a member's contact details, or correct them: the whole of them as they should read. */
@Revision("1")
public record RecordContactDetails(@TargetAggregateIdentifier UUID caseId, UUID memberId, ContactDetails details) {

    public RecordContactDetails {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(details, "details");
    }
}
