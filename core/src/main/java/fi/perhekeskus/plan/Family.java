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

import fi.perhekeskus.plan.api.Ages;
import fi.perhekeskus.plan.api.Approvals;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.PlanRule;

/**
 * The family of a case, in the order its members were recorded, with those who have left it. A
 * member who left is still a member of the record (their decisions keep counting, they can still be
 * named as they were, and their data corrected) but no longer of the family now.
 *
 * @param members every member ever recorded, by id, each as last corrected
 * @param left    the members who have left the family
 */
record Family(Map<UUID, FamilyMember> members, Set<UUID> left) {

    Family {
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        left = Set.copyOf(left);
    }

    static Family of(List<FamilyMember> members) {
        Map<UUID, FamilyMember> byId = new LinkedHashMap<>();
        members.forEach(member -> byId.put(member.memberId(), member));
        return new Family(byId, Set.of());
    }

    static void requireValid(UUID caseId, List<FamilyMember> members, LocalDate today) {
        Set<UUID> seen = new HashSet<>();
        for (FamilyMember member : members) {
            require(seen.add(member.memberId()), PlanRule.ID_ALREADY_USED, member.memberId());
            requireValid(member, today);
        }
        require(members.stream().anyMatch(Family::isChild), PlanRule.FAMILY_WITHOUT_CHILD, caseId);
    }

    /**
     * A name to be shown; a birth date for a child, none in the future; a guardian of age. The same
     * for a member recorded at the opening, one who joins later and a correction.
     */
    static void requireValid(FamilyMember member, LocalDate today) {
        UUID id = member.memberId();
        requireText(member.displayName(), MAX_NAME_LENGTH, PlanRule.DISPLAY_NAME_REQUIRED, id, "displayName");
        require(!isChild(member) || member.birthDate() != null, PlanRule.CHILD_BIRTH_DATE_MISSING, id);
        boolean bornByToday = member.birthDate() == null || !member.birthDate().isAfter(today);
        require(bornByToday, PlanRule.BIRTH_DATE_IN_FUTURE, id);
        boolean minor = member.birthDate() != null && !Ages.hasTurned(member.birthDate(), Ages.MAJORITY, today);
        require(member.role() != MemberRole.GUARDIAN || !minor, PlanRule.GUARDIAN_UNDER_AGE, id);
    }

    /** Anyone ever recorded, whether or not they have left: what they decided can still be acted on. */
    FamilyMember requireMember(UUID memberId) {
        FamilyMember member = members.get(memberId);
        require(member != null, PlanRule.UNKNOWN_MEMBER, memberId);
        return member;
    }

    /** A member of the family now: one who may be named in anything new. */
    FamilyMember requireCurrent(UUID memberId) {
        FamilyMember member = requireMember(memberId);
        require(!left.contains(memberId), PlanRule.MEMBER_HAS_LEFT, memberId);
        return member;
    }

    FamilyMember requireChild(UUID memberId) {
        FamilyMember member = requireCurrent(memberId);
        require(isChild(member), PlanRule.NOT_A_CHILD, memberId);
        return member;
    }

    boolean knows(UUID memberId) {
        return members.containsKey(memberId);
    }

    /** Every member's role, those who left included: their decisions count as the role they were given in. */
    Map<UUID, MemberRole> roles() {
        return members.values().stream().collect(Collectors.toMap(FamilyMember::memberId, FamilyMember::role));
    }

    /** The children still in the family, but for the one given. */
    long childrenBesides(UUID memberId) {
        return members.values().stream()
                .filter(member -> isChild(member) && !left.contains(member.memberId())
                        && !member.memberId().equals(memberId))
                .count();
    }

    Family with(FamilyMember member) {
        Map<UUID, FamilyMember> more = new LinkedHashMap<>(members);
        more.put(member.memberId(), member);
        return new Family(more, left);
    }

    Family without(UUID memberId) {
        Set<UUID> gone = new HashSet<>(left);
        gone.add(memberId);
        return new Family(members, gone);
    }

    static boolean isChild(FamilyMember member) {
        return member.role() == MemberRole.CHILD;
    }

    static boolean mayApprove(FamilyMember member, LocalDate today) {
        return Approvals.mayApprove(member.role(), member.birthDate(), today);
    }
}
