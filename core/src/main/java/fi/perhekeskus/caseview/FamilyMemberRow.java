package fi.perhekeskus.caseview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.MemberRole;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A family member as last corrected; the ordinal is their place in the family: those recorded at
 * the opening first, then each who joined, in turn. A member who left keeps their row, with when
 * and why they left.
 */
@Entity
@Table(name = "case_view_family_member")
class FamilyMemberRow extends CaseItem {

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    private String displayName;

    private LocalDate birthDate;

    private Instant leftAt;

    @Enumerated(EnumType.STRING)
    private FamilyMembershipEndReason leftBecause;

    private String leavingNote;

    protected FamilyMemberRow() {
    }

    FamilyMemberRow(UUID caseId, FamilyMember member, long place) {
        super(caseId, member.memberId(), place);
        this.role = member.role();
        this.displayName = member.displayName();
        this.birthDate = member.birthDate();
    }

    void correct(String correctedName, LocalDate correctedBirthDate) {
        displayName = correctedName;
        birthDate = correctedBirthDate;
    }

    void leave(Instant at, FamilyMembershipEndReason reason, String note) {
        leftAt = at;
        leftBecause = reason;
        leavingNote = note;
    }

    MemberRole role() {
        return role;
    }

    String displayName() {
        return displayName;
    }

    boolean current() {
        return leftAt == null;
    }

    CaseView.Member toView() {
        return new CaseView.Member(id(), role, displayName, birthDate,
                leftAt == null ? null : new CaseView.Left(leftAt, leftBecause, leavingNote));
    }
}
