package fi.perhekeskus.plan.api;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A family member agreed to a need as worded. */
@Revision("1")
public record NeedAgreed(
        UUID caseId,
        UUID needId,
        UUID memberId,
        AgreementChannel channel,
        Instant givenAt,
        String note) {

    public NeedAgreed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(givenAt, "givenAt");
    }
}
