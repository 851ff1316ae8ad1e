package fi.perhekeskus.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ContactDetails;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedFollowUp;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedStatus;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviewParticipant;

/**
 * A whole plan as the audit API answers with it: the shape of the API's case view (see
 * docs/domain-decisions.md and the OpenAPI document), mapped from the case view by
 * {@link AuditResponseMapper}, so that a field added to the read model is a build error here rather
 * than a silent change of what the API answers.
 */
record PlanResponse(UUID id, long version, CaseView.Status status, UUID unitId, KeyWorker keyWorker, Family family,
                    List<Need> needs, List<ChildView> childViews, List<Consent> consents, Network network,
                    List<Review> reviews, Approval approval, CaseView.Closing closing,
                    List<CaseView.Disclosure> disclosures, UUID earlierCaseId, List<UUID> laterCaseIds) {

    record KeyWorker(UUID id, String username, String displayName) {
    }

    record Family(List<Member> members, FamilyLanguage language) {
    }

    record Member(UUID id, MemberRole role, String displayName, LocalDate birthDate, CaseView.Left left,
                  boolean nonDisclosure, ContactDetails contact) {
    }

    record Need(UUID id, String description, String professionalNote, NeedStatus status, NeedOutcome outcome,
                String outcomeNote, CaseView.Goal goal, Set<UUID> concernsMemberIds, NeedRaiser raisedBy,
                List<Agreement> agreements, List<ChildView> childViews, List<SupportAction> actions, boolean confidential) {
    }

    record Agreement(UUID memberId, AgreementDecision decision, AgreementChannel channel, Instant givenAt,
                     String note) {
    }

    record ChildView(UUID id, UUID childId, UUID needId, String view, HowHeard howHeard, Instant recordedAt,
                     boolean wordsShownToGuardians, Set<UUID> withheldFrom) {
    }

    record SupportAction(UUID id, UUID needId, String description, Responsible responsible, LocalDate dueDate,
                         CaseView.SupportAction.Status status, String outcomeNote, String handedOnTo) {
    }

    record Consent(UUID id, UUID givenBy, ConsentDecision decision, Recipient recipient, Set<UUID> needIds,
                   String purpose, LocalDate validUntil, Instant endsAt, CaseView.Consent.Status status,
                   UUID withdrawnBy, String withdrawalNote) {
    }

    record Network(List<NetworkMember> members, List<Invitation> invitations,
                   List<CaseView.ExternalParticipant> externals) {
    }

    record NetworkMember(UUID professionalId, String displayName, UUID unitId, Set<UUID> needIds, Instant since) {
    }

    record Invitation(UUID id, UUID specialistId, UUID specialistUnitId, Set<UUID> needIds, String message,
                      LocalDate respondBy, Instant expiresAt, CaseView.Invitation.Status status, String declineReason) {
    }

    record Review(UUID id, LocalDate heldOn, List<ReviewParticipant> participants, String summary,
                  List<NeedFollowUp> followUps, LocalDate nextReviewOn) {
    }

    record Approval(long version, UUID approvedBy, Instant approvedAt, boolean changedSinceApproval) {
    }
}
