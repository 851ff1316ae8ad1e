package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.Rules.MAX_NAME_LENGTH;
import static fi.perhekeskus.plan.Rules.require;
import static fi.perhekeskus.plan.Rules.requireText;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.perhekeskus.plan.api.Approvals;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.PlanRule;

/** The family of a case, in the order its members were recorded. */
record Family(Map<UUID, FamilyMember> members) {

    static Family of(List<FamilyMember> members) {
        Map<UUID, FamilyMember> byId = new LinkedHashMap<>();
        members.forEach(member -> byId.put(member.memberId(), member));
        return new Family(Collections.unmodifiableMap(byId));
    }

    static void requireValid(UUID caseId, List<FamilyMember> members, LocalDate today) {
        Set<UUID> seen = new HashSet<>();
        for (FamilyMember member : members) {
            UUID id = member.memberId();
            require(seen.add(id), PlanRule.ID_ALREADY_USED, id);
            requireText(member.displayName(), MAX_NAME_LENGTH, PlanRule.DISPLAY_NAME_REQUIRED, id, "displayName");
            require(!isChild(member) || member.birthDate() != null, PlanRule.CHILD_BIRTH_DATE_MISSING, id);
            boolean bornByToday = member.birthDate() == null || !member.birthDate().isAfter(today);
            require(bornByToday, PlanRule.BIRTH_DATE_IN_FUTURE, id);
        }
        require(members.stream().anyMatch(Family::isChild), PlanRule.FAMILY_WITHOUT_CHILD, caseId);
    }

    FamilyMember requireMember(UUID memberId) {
        FamilyMember member = members.get(memberId);
        require(member != null, PlanRule.UNKNOWN_MEMBER, memberId);
        return member;
    }

    FamilyMember requireChild(UUID memberId) {
        FamilyMember member = requireMember(memberId);
        require(isChild(member), PlanRule.NOT_A_CHILD, memberId);
        return member;
    }

    Map<UUID, MemberRole> roles() {
        return members.values().stream().collect(Collectors.toMap(FamilyMember::memberId, FamilyMember::role));
    }

    static boolean isChild(FamilyMember member) {
        return member.role() == MemberRole.CHILD;
    }

    static boolean mayApprove(FamilyMember member, LocalDate today) {
        return Approvals.mayApprove(member.role(), member.birthDate(), today);
    }
}
