package fi.perhekeskus.caseview;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of the case view that belongs to one case. Items are keyed by case as well as by their own
 * id, because clients choose item ids and the plan keeps them unique only within a case.
 */
@MappedSuperclass
@IdClass(CaseItem.Key.class)
abstract class CaseItem implements Cloneable {

    @Id
    private UUID caseId;

    @Id
    private UUID id;

    /** Where the view lists the item: the sequence number of the event that recorded it. */
    private long ordinal;

    protected CaseItem() {
    }

    CaseItem(UUID caseId, UUID id, long ordinal) {
        this.caseId = caseId;
        this.id = id;
        this.ordinal = ordinal;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    long ordinal() {
        return ordinal;
    }

    /**
     * An independent copy of an item of a detached case view (see {@link DetachedCase#copy()}). Field
     * by field is a whole copy: every field is an immutable value, and the items' sets and lists are
     * immutable copies that a change replaces rather than alters.
     */
    CaseItem copy() {
        try {
            return (CaseItem) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("CaseItem is Cloneable", e);
        }
    }

    record Key(UUID caseId, UUID id) implements Serializable {
    }
}
