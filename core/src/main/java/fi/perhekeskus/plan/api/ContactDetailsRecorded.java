package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A member's contact details as they read from now on; the earlier ones stay in the history. */
@Revision("1")
public record ContactDetailsRecorded(UUID caseId, UUID memberId, ContactDetails details) {

    public ContactDetailsRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(details, "details");
    }
}
