package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The key worker changed in one step, so the case never had none. */
@Revision("1")
public record KeyWorkerHandedOver(UUID caseId, UUID previousKeyWorkerId, UUID newKeyWorkerId, String reason) {

    public KeyWorkerHandedOver {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(previousKeyWorkerId, "previousKeyWorkerId");
        Objects.requireNonNull(newKeyWorkerId, "newKeyWorkerId");
        Objects.requireNonNull(reason, "reason");
    }
}
