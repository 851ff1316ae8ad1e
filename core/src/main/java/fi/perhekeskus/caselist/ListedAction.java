package fi.perhekeskus.caselist;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An open support action; whether it is overdue depends on the day the list is read. */
@Entity
@Table(name = "case_list_action")
class ListedAction extends ListedItem {

    private LocalDate dueDate;

    protected ListedAction() {
    }

    ListedAction(UUID caseId, UUID actionId, LocalDate dueDate) {
        super(caseId, actionId);
        this.dueDate = dueDate;
    }
}
