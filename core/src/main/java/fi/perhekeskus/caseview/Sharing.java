package fi.perhekeskus.caseview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fi.perhekeskus.plan.api.ConsentCoverage;
import fi.perhekeskus.plan.api.ConsentCoverage.Coverage;
import fi.perhekeskus.plan.api.ConsentCoverage.Specialist;
import fi.perhekeskus.plan.api.MemberRole;

/**
 * What of a case is shared with a specialist: which needs the plan's consent rule lets them see at
 * an instant, and the case view cut down to those needs. Members and previews go through both steps
 * alike, so a preview is the member's view and not a copy of it.
 */
final class Sharing {

    private Sharing() {
    }

    /**
     * The open needs in scope that consent covers for the specialist at {@code now}. Consents withdrawn
     * or recorded as expired are left out; one whose end has passed but whose expiry is not recorded
     * yet is left to the rule, which no longer counts it.
     */
    static Visibility.Needs visibleTo(Specialist specialist, CaseRows rows, Predicate<NeedRow> inScope, Instant now) {
        ConsentCoverage coverage = coverage(rows, now);
        Set<UUID> needIds = new LinkedHashSet<>();
        Set<UUID> consentIds = new LinkedHashSet<>();
        rows.of(NeedRow.class).stream().filter(NeedRow::open).filter(inScope).forEach(need -> {
            Coverage covered = coverage.of(need.id(), need.concernsMemberIds(), specialist);
            if (covered.covered()) {
                needIds.add(need.id());
                consentIds.addAll(covered.consentIds());
            }
        });
        return new Visibility.Needs(specialist, needIds, consentIds);
    }

    /**
     * For every open need, whether it is among {@code shown}'s needs and each concerned member's part
     * in that, decided by the same rule.
     */
    static List<Preview.NeedSharing> explain(Visibility.Needs shown, CaseRows rows, Instant now) {
        ConsentCoverage coverage = coverage(rows, now);
        Map<UUID, FamilyMemberRow> members = rows.of(FamilyMemberRow.class).stream()
                .collect(Collectors.toMap(FamilyMemberRow::id, member -> member, (first, same) -> first,
                        LinkedHashMap::new));
        Map<UUID, LocalDate> lastDays = rows.of(ConsentRow.class).stream()
                .filter(consent -> consent.validUntil() != null)
                .collect(Collectors.toMap(ConsentRow::id, ConsentRow::validUntil));
        return rows.of(NeedRow.class).stream().filter(NeedRow::open).map(need -> new Preview.NeedSharing(
                need.id(), need.description(), need.status(), shown.needIds().contains(need.id()),
                coverage.parts(need.id(), members.keySet().stream()
                                .filter(need.concernsMemberIds()::contains).toList(), shown.specialist()).stream()
                        .map(part -> new Preview.MemberPart(part.memberId(),
                                members.get(part.memberId()).displayName(), part.verdict(),
                                part.endedGrants().stream().map(lastDays::get).max(Comparator.naturalOrder())
                                        .orElse(null)))
                        .toList()))
                .toList();
    }

    /** The plan's consent rule over the case's decisions: those standing decide, those expired only explain. */
    private static ConsentCoverage coverage(CaseRows rows, Instant now) {
        Map<UUID, MemberRole> family = rows.of(FamilyMemberRow.class).stream()
                .collect(Collectors.toMap(FamilyMemberRow::id, FamilyMemberRow::role));
        List<ConsentRow> consents = rows.of(ConsentRow.class);
        return new ConsentCoverage(family,
                consents.stream().filter(ConsentRow::standing).map(ConsentRow::terms).toList(),
                consents.stream().filter(ConsentRow::expired).map(ConsentRow::terms).toList(), now);
    }

    /** The whole view cut down to what the visibility shares with its specialist. */
    static CaseView restrict(CaseView whole, Visibility.Needs shared) {
        Set<UUID> needIds = shared.needIds();
        UUID specialistId = shared.specialist().professionalId();
        List<CaseView.Need> needs = whole.needs().stream().filter(need -> needIds.contains(need.id())).toList();
        Set<UUID> concerned = needs.stream()
                .flatMap(need -> need.concernsMemberIds().stream())
                .collect(Collectors.toSet());
        var family = new CaseView.Family(whole.family().members().stream()
                .filter(member -> concerned.contains(member.id()))
                .toList(), whole.family().language());
        List<CaseView.Consent> consents = whole.consents().stream()
                .filter(consent -> shared.consentIds().contains(consent.id()))
                .map(consent -> new CaseView.Consent(consent.id(), consent.givenBy(), consent.decision(),
                        consent.recipient(), only(needIds, consent.needIds()), consent.purpose(), consent.validUntil(),
                        consent.endsAt(), consent.status(), consent.withdrawnBy(), consent.withdrawalNote()))
                .toList();
        List<CaseView.NetworkMember> members = whole.network().members().stream()
                .filter(member -> member.professionalId().equals(specialistId))
                .map(member -> new CaseView.NetworkMember(member.professionalId(), member.displayName(),
                        member.unitId(), only(needIds, member.needIds()), member.since()))
                .toList();
        List<CaseView.Invitation> invitations = whole.network().invitations().stream()
                .filter(invitation -> invitation.specialistId().equals(specialistId))
                .map(invitation -> new CaseView.Invitation(invitation.id(), invitation.specialistId(),
                        invitation.specialistUnitId(), only(needIds, invitation.needIds()), invitation.message(),
                        invitation.respondBy(), invitation.expiresAt(), invitation.status(),
                        invitation.declineReason()))
                .toList();
        return new CaseView(whole.id(), whole.version(), whole.status(), whole.unitId(), whole.keyWorker(), family,
                needs, List.of(), consents, new CaseView.Network(members, invitations), List.of(), null);
    }

    /** Ids of needs that are not shared are not shown either. */
    private static Set<UUID> only(Set<UUID> shared, Set<UUID> named) {
        return named.stream().filter(shared::contains).collect(Collectors.toSet());
    }
}
