package fi.perhekeskus.caseview;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What is produced for a family member (the printout, the disclosure report) holds only what that
 * member may see: no adult's own need that the adult keeps from the family unless it is the reader's
 * own, nor the consents' mention of it; no child's view withheld from the reader; no contact details
 * of another member with a non-disclosure marking. Produced for the whole family, it holds only what
 * every member may see. Free texts (a review's summary, a need's words) are printed as written: the
 * key worker writes them for the family to read.
 */
public final class ProducedFor {

    private ProducedFor() {
    }

    /** @param memberId the member it is produced for; {@code null} for the whole family */
    public static CaseView member(CaseView whole, UUID memberId) {
        Set<UUID> hidden = whole.needs().stream()
                .filter(need -> need.confidential() && !concernsOnly(need, memberId))
                .map(CaseView.Need::id)
                .collect(Collectors.toSet());
        List<CaseView.Need> needs = whole.needs().stream()
                .filter(need -> !hidden.contains(need.id()))
                .map(need -> new CaseView.Need(need.id(), need.description(), need.professionalNote(), need.status(),
                        need.outcome(), need.outcomeNote(), need.goal(), need.concernsMemberIds(), need.raisedBy(),
                        need.agreements(), shown(need.childViews(), memberId), need.actions(), need.confidential()))
                .toList();
        List<CaseView.Consent> consents = whole.consents().stream()
                .filter(consent -> consent.needIds().isEmpty() || !hidden.containsAll(consent.needIds()))
                .map(consent -> new CaseView.Consent(consent.id(), consent.givenBy(), consent.decision(),
                        consent.recipient(), consent.needIds().stream().filter(id -> !hidden.contains(id))
                                .collect(Collectors.toSet()), consent.purpose(), consent.validUntil(),
                        consent.endsAt(), consent.status(), consent.withdrawnBy(), consent.withdrawalNote()))
                .toList();
        List<CaseView.Review> reviews = whole.reviews().stream()
                .map(review -> new CaseView.Review(review.id(), review.heldOn(), review.participants(), review.summary(),
                        review.followUps().stream().filter(followUp -> !hidden.contains(followUp.needId())).toList(),
                        review.nextReviewOn()))
                .toList();
        List<CaseView.Disclosure> disclosures = whole.disclosures().stream()
                .filter(disclosure -> disclosure.needIds().isEmpty() || !hidden.containsAll(disclosure.needIds()))
                .map(disclosure -> new CaseView.Disclosure(disclosure.id(), disclosure.kind(), disclosure.participantId(),
                        disclosure.legalBasis(), disclosure.provision(), disclosure.recipient(),
                        disclosure.concernsMemberIds(), disclosure.needIds().stream()
                                .filter(id -> !hidden.contains(id)).collect(Collectors.toSet()),
                        disclosure.consentIds(), disclosure.told(), disclosure.disclosedOn(), disclosure.recordedAt()))
                .toList();
        var family = new CaseView.Family(whole.family().members().stream()
                .map(member -> member.nonDisclosure() && !member.id().equals(memberId) ? member.withoutContact() : member)
                .toList(), whole.family().language());
        return new CaseView(whole.id(), whole.version(), whole.status(), whole.unitId(), whole.keyWorker(), family,
                needs, shown(whole.childViews(), memberId), consents, whole.network(), reviews,
                whole.approval(), whole.closing(), disclosures, whole.earlierCaseId(), whole.laterCaseIds());
    }

    /** The needs kept from the member: those left out of what is produced for them. */
    public static Set<UUID> hiddenNeeds(CaseView whole, UUID memberId) {
        Set<UUID> shown = member(whole, memberId).needs().stream().map(CaseView.Need::id).collect(Collectors.toSet());
        return whole.needs().stream().map(CaseView.Need::id).filter(id -> !shown.contains(id))
                .collect(Collectors.toSet());
    }

    private static boolean concernsOnly(CaseView.Need need, UUID memberId) {
        return memberId != null && need.concernsMemberIds().equals(Set.of(memberId));
    }

    /** For the whole family, a view withheld from any guardian is withheld. */
    private static List<CaseView.ChildView> shown(List<CaseView.ChildView> views, UUID memberId) {
        return views.stream()
                .filter(view -> memberId == null ? view.withheldFrom().isEmpty() : !view.withheldFrom().contains(memberId))
                .toList();
    }
}
