package fi.perhekeskus.caselist;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLInsert;
import org.hibernate.jdbc.Expectation;

/** An invitation waiting for its specialist's answer. */
@Entity
@Table(name = "case_list_invitation")
// The columns as Hibernate binds them: the other attributes in alphabetical order, then the key.
@SQLInsert(sql = "INSERT INTO case_list_invitation (case_id, id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        verify = Expectation.None.class)
class ListedInvitation extends ListedItem {

    protected ListedInvitation() {
    }

    ListedInvitation(UUID caseId, UUID invitationId) {
        super(caseId, invitationId);
    }
}
