package fi.perhekeskus.caselist;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLInsert;
import org.hibernate.jdbc.Expectation;

/** A need not yet closed; awaiting while no family member has answered its current wording. */
@Entity
@Table(name = "case_list_need")
// The columns as Hibernate binds them: the other attributes in alphabetical order, then the key.
@SQLInsert(sql = "INSERT INTO case_list_need (awaiting, case_id, id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        verify = Expectation.None.class)
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
