package fi.perhekeskus.plan.api;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Record a family member's answer to a need as currently worded. */
@Revision("1")
public record RecordNeedAgreement(
        @TargetAggregateIdentifier UUID caseId,
        UUID needId,
        UUID memberId,
        AgreementDecision decision,
        AgreementChannel channel,
        Instant givenAt,
        String note) {

    public RecordNeedAgreement {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(givenAt, "givenAt");
    }
}
