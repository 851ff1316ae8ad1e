package fi.perhekeskus.access;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A specialist who is a member of a case's network now. */
@Entity
@Table(name = "case_member")
@IdClass(CaseMember.Key.class)
class CaseMember {

    @Id
    private UUID caseId;

    @Id
    private UUID professionalId;

    protected CaseMember() {
    }

    CaseMember(UUID caseId, UUID professionalId) {
        this.caseId = caseId;
        this.professionalId = professionalId;
    }

    record Key(UUID caseId, UUID professionalId) implements Serializable {
    }
}
