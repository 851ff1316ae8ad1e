package fi.perhekeskus.caselist;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;

/** An open item of a case that its key worker's list counts: keyed by the case and the item's id. */
@MappedSuperclass
@IdClass(ListedItem.Key.class)
abstract class ListedItem {

    @Id
    private UUID caseId;

    @Id
    private UUID id;

    protected ListedItem() {
    }

    ListedItem(UUID caseId, UUID id) {
        this.caseId = caseId;
        this.id = id;
    }

    record Key(UUID caseId, UUID id) implements Serializable {
    }
}
