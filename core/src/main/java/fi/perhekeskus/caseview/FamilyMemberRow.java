package fi.perhekeskus.caseview;

import java.time.LocalDate;
import java.util.UUID;

import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.MemberRole;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A family member as recorded when the case was opened; the ordinal is their place in the family. */
@Entity
@Table(name = "case_view_family_member")
class FamilyMemberRow extends CaseItem {

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    private String displayName;

    private LocalDate birthDate;

    protected FamilyMemberRow() {
    }

    FamilyMemberRow(UUID caseId, FamilyMember member, int place) {
        super(caseId, member.memberId(), place);
        this.role = member.role();
        this.displayName = member.displayName();
        this.birthDate = member.birthDate();
    }

    MemberRole role() {
        return role;
    }

    String displayName() {
        return displayName;
    }

    CaseView.Member toView() {
        return new CaseView.Member(id(), role, displayName, birthDate);
    }
}
