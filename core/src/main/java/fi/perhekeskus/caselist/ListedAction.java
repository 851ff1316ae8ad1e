package fi.perhekeskus.caselist;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLInsert;
import org.hibernate.jdbc.Expectation;

/** An open support action; whether it is overdue depends on the day the list is read. */
@Entity
@Table(name = "case_list_action")
// The columns as Hibernate binds them: the other attributes in alphabetical order, then the key.
@SQLInsert(sql = "INSERT INTO case_list_action (due_date, case_id, id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        verify = Expectation.None.class)
class ListedAction extends ListedItem {

    private LocalDate dueDate;

    protected ListedAction() {
    }

    ListedAction(UUID caseId, UUID actionId, LocalDate dueDate) {
        super(caseId, actionId);
        this.dueDate = dueDate;
    }
}
