package fi.perhekeskus.caselist;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An invitation waiting for its specialist's answer. */
@Entity
@Table(name = "case_list_invitation")
class ListedInvitation extends ListedItem {

    protected ListedInvitation() {
    }

    ListedInvitation(UUID caseId, UUID invitationId) {
        super(caseId, invitationId);
    }
}
