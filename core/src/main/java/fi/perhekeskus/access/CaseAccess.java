package fi.perhekeskus.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case's key worker and unit, when it was opened, and whether it is still open. */
@Entity
@Table(name = "case_access")
class CaseAccess {

    @Id
    private UUID caseId;

    private UUID unitId;

    private UUID keyWorkerId;

    private boolean closed;

    private Instant openedAt;

    protected CaseAccess() {
    }

    CaseAccess(UUID caseId, UUID unitId, UUID keyWorkerId, Instant openedAt) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.keyWorkerId = keyWorkerId;
        this.openedAt = openedAt;
    }

    void handOverTo(UUID newKeyWorkerId) {
        this.keyWorkerId = newKeyWorkerId;
    }

    void close() {
        this.closed = true;
    }

    void reopen() {
        this.closed = false;
    }

    UUID unitId() {
        return unitId;
    }

    UUID keyWorkerId() {
        return keyWorkerId;
    }
}
