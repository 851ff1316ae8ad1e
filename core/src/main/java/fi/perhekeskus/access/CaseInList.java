package fi.perhekeskus.access;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A case in a professional's list, as the access data knows it: where they stand in it, whose it
 * is and whether it is still open. What else a row shows is the list's own business.
 */
public record CaseInList(UUID caseId, Basis basis, boolean closed, UUID unitId, UUID keyWorkerId, Instant openedAt) {

    public CaseInList {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(basis, "basis");
    }
}
