package fi.perhekeskus.caselist;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A need not yet closed; awaiting while no family member has answered its current wording. */
@Entity
@Table(name = "case_list_need")
class ListedNeed extends ListedItem {

    private boolean awaiting;

    protected ListedNeed() {
    }

    ListedNeed(UUID caseId, UUID needId) {
        super(caseId, needId);
        this.awaiting = true;
    }

    void reworded() {
        awaiting = true;
    }

    void answered() {
        awaiting = false;
    }
}
