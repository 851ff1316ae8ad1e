package fi.perhekeskus.access;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case's key worker and unit, and whether it is still open. */
@Entity
@Table(name = "case_access")
class CaseAccess {

    @Id
    private UUID caseId;

    private UUID unitId;

    private UUID keyWorkerId;

    private boolean closed;

    protected CaseAccess() {
    }

    CaseAccess(UUID caseId, UUID unitId, UUID keyWorkerId) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.keyWorkerId = keyWorkerId;
    }

    void handOverTo(UUID newKeyWorkerId) {
        this.keyWorkerId = newKeyWorkerId;
    }

    void close() {
        this.closed = true;
    }

    UUID unitId() {
        return unitId;
    }

    UUID keyWorkerId() {
        return keyWorkerId;
    }
}
