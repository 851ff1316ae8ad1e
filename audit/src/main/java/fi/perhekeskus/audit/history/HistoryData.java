package fi.perhekeskus.audit.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.ExternalParticipantKind;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.LegalBasis;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedFollowUp;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviewParticipant;

/**
 * What a change to the plan recorded, in a shape of the history's own: the history is read by people
 * and outside clients, while the stored events are the plan's private, versioned contract, and carry
 * the scheduler's bookkeeping besides. Each shape names the event types that have it; the case's id
 * is the entry's, and is not repeated.
 */
public sealed interface HistoryData {

    /**
     * {@code CaseOpened}: the family as first recorded, its language, and who coordinates the case.
     *
     * @param language      Finnish without an interpreter for a case opened before the language was recorded
     * @param earlierCaseId the family's closed case this one follows on from, if any
     */
    record Opening(List<OpeningMember> members, UUID keyWorkerId, UUID unitId, FamilyLanguage language,
                   UUID earlierCaseId) implements HistoryData {

        public Opening {
            members = List.copyOf(members);
        }
    }

    /** A family member as recorded at the opening or on joining; {@code birthDate} always present for a child. */
    record OpeningMember(UUID id, MemberRole role, String displayName, LocalDate birthDate) {
    }

    /** {@code FamilyMemberAdded}: someone joined the family. */
    record MemberJoining(OpeningMember member) implements HistoryData {
    }

    /** {@code FamilyMembershipEnded}: a member left the family; what they decided stays on record. */
    record MemberLeaving(UUID memberId, FamilyMembershipEndReason reason, String note) implements HistoryData {
    }

    /** {@code FamilyMemberCorrected}: the member's name and birth date as they should read. */
    record MemberCorrection(UUID memberId, String displayName, LocalDate birthDate, String note)
            implements HistoryData {
    }

    /**
     * {@code ContactDetailsRecorded}: how the member is reached from now on, each part absent where none
     * is recorded; the history is the professionals', who see them whatever the member's marking.
     */
    record ContactChange(UUID memberId, String phone, String email, String address) implements HistoryData {
    }

    /** {@code NonDisclosureRecorded}: the member's non-disclosure marking (turvakielto) recorded or lifted. */
    record NonDisclosureChange(UUID memberId, boolean marked, String note) implements HistoryData {
    }

    /** {@code FamilyLanguageRecorded}: the family's language and interpreter need from now on. */
    record LanguageChange(FamilyLanguage language) implements HistoryData {
    }

    /** {@code KeyWorkerHandedOver}. */
    record KeyWorkerHandover(UUID previousKeyWorkerId, UUID newKeyWorkerId, String reason) implements HistoryData {
    }

    /** {@code NeedRecorded}: the need in the family's own words. */
    record NewNeed(UUID needId, String description, String professionalNote, Set<UUID> concernsMemberIds,
                NeedRaiser raisedBy) implements HistoryData {

        public NewNeed {
            concernsMemberIds = Set.copyOf(concernsMemberIds);
        }
    }

    /** {@code NeedRevised}: the need's new wording, which awaits the family's agreement again. */
    record Rewording(UUID needId, String description, String professionalNote) implements HistoryData {
    }

    /** {@code NeedAgreed} and {@code NeedDisagreed}: a family member's answer to the need's wording. */
    record Answer(UUID needId, UUID memberId, AgreementDecision decision, AgreementChannel channel, Instant givenAt,
                  String note) implements HistoryData {
    }

    /** {@code NeedConfidentialityRecorded}: the adult whose own need it is kept it from the family, or showed it again. */
    record NeedConfidentiality(UUID needId, UUID decidedBy, boolean confidential, String note) implements HistoryData {
    }

    /** {@code NeedClosed}. */
    record NeedEnd(UUID needId, NeedOutcome outcome, String note) implements HistoryData {
    }

    /** {@code GoalSet}: the need's goal as set or revised. */
    record Goal(UUID needId, String whatWillBeDifferent, String howWeWillNotice) implements HistoryData {
    }

    /**
     * {@code ChildViewRecorded}.
     *
     * @param needId                absent for a view about the plan as a whole
     * @param view                  absent when the child declined to say
     * @param wordsShownToGuardians whether the child agreed that their words are printed for the guardians
     */
    record NewChildView(UUID viewId, UUID childId, UUID needId, String view, HowHeard howHeard,
                        boolean wordsShownToGuardians) implements HistoryData {
    }

    /** {@code ChildViewWithheld}: the guardians the child's view is not shown to from now on; none shows it again. */
    record ChildViewWithholding(UUID viewId, Set<UUID> withheldFrom, String note) implements HistoryData {

        public ChildViewWithholding {
            withheldFrom = Set.copyOf(withheldFrom);
        }
    }

    /** {@code SupportActionPlanned}. */
    record NewAction(UUID actionId, UUID needId, String description, Responsible responsible, LocalDate dueDate)
            implements HistoryData {
    }

    /**
     * {@code SupportActionCompleted}, {@code SupportActionCancelled} and {@code SupportActionHandedOn}.
     *
     * @param note       the completion's note, the cancellation's reason, or what was said handing it on
     * @param handedOnTo the service that carries it on; absent unless handed on
     */
    record ActionEnd(UUID actionId, String note, String handedOnTo) implements HistoryData {
    }

    /**
     * {@code ConsentGranted} and {@code ConsentRefused}.
     *
     * @param validUntil the last day of a grant; absent for a refusal, which stands until withdrawn
     */
    record NewConsent(UUID consentId, UUID givenBy, ConsentDecision decision, Recipient recipient, Set<UUID> needIds,
                   String purpose, LocalDate validUntil, ConsentForm form, boolean childMaturityAssessed)
            implements HistoryData {

        public NewConsent {
            needIds = Set.copyOf(needIds);
        }
    }

    /**
     * {@code ConsentWithdrawn} and {@code ConsentExpired}.
     *
     * @param withdrawnBy the family member who withdrew it; absent for an expiry
     */
    record ConsentEnd(UUID consentId, UUID withdrawnBy, String note) implements HistoryData {
    }

    /** {@code SpecialistInvited}: the needs the invitation is for and the consents that allow it. */
    record NewInvitation(UUID invitationId, UUID specialistId, UUID specialistUnitId, Set<UUID> needIds,
                      Set<UUID> consentIds, String message, LocalDate respondBy) implements HistoryData {

        public NewInvitation {
            needIds = Set.copyOf(needIds);
            consentIds = Set.copyOf(consentIds);
        }
    }

    /**
     * {@code InvitationAccepted}: the specialist joined the network.
     *
     * @param needIds    the needs shared with them on joining
     * @param consentIds the consents that allowed it
     */
    record Joining(UUID invitationId, UUID specialistId, Set<UUID> needIds, Set<UUID> consentIds)
            implements HistoryData {

        public Joining {
            needIds = Set.copyOf(needIds);
            consentIds = Set.copyOf(consentIds);
        }
    }

    /**
     * {@code InvitationDeclined}, {@code InvitationWithdrawn}, {@code InvitationExpired} and
     * {@code InvitationLapsed}.
     *
     * @param reason the invitee's reason for declining, or why it lapsed ({@code NEED_CLOSED},
     *               {@code CONSENT_ENDED}, {@code INVITEE_BECAME_KEY_WORKER}, {@code CASE_CLOSED});
     *               absent otherwise
     */
    record InvitationEnd(UUID invitationId, String reason) implements HistoryData {
    }

    /**
     * {@code NetworkMemberLeft} and {@code NetworkMembershipEnded}.
     *
     * @param reason the member's own reason for leaving, or why the membership ended
     *               ({@code ENDED_BY_KEY_WORKER}, {@code NO_CONSENTED_NEED}, {@code NEED_CLOSED},
     *               {@code BECAME_KEY_WORKER}, {@code CASE_CLOSED})
     */
    record MembershipEnd(UUID professionalId, String reason, String note) implements HistoryData {
    }

    /**
     * {@code ReviewRecorded}.
     *
     * @param nextReviewOn absent when the review closed every need still open
     */
    record NewReview(UUID reviewId, LocalDate heldOn, List<ReviewParticipant> participants, String summary,
                     List<NeedFollowUp> followUps, LocalDate nextReviewOn) implements HistoryData {

        public NewReview {
            participants = List.copyOf(participants);
            followUps = List.copyOf(followUps);
        }
    }

    /** {@code PlanApproved}: the family member who said "this is our plan", of which version. */
    record NewApproval(UUID approvedBy, long version) implements HistoryData {
    }

    /** {@code ExternalParticipantAdded}: someone who is no user of the system became part of the network. */
    record NewParticipant(UUID participantId, String name, String organisation, ExternalParticipantKind kind)
            implements HistoryData {
    }

    /** {@code ExternalParticipantRemoved}: what they were told stays on record. */
    record ParticipantEnd(UUID participantId, String reason) implements HistoryData {
    }

    /**
     * {@code ExternalParticipantTold}: a disclosure to an external participant on the family's consent.
     *
     * @param consentIds the consents it relied on
     */
    record ParticipantTold(UUID disclosureId, UUID participantId, Set<UUID> needIds, Set<UUID> consentIds,
                           String told, LocalDate toldOn) implements HistoryData {

        public ParticipantTold {
            needIds = Set.copyOf(needIds);
            consentIds = Set.copyOf(consentIds);
        }
    }

    /** {@code DisclosedOnLegalBasis}: a disclosure the law obliged, without consent, that opened nothing. */
    record LegalDisclosure(UUID disclosureId, LegalBasis legalBasis, String provision, String recipient,
                           Set<UUID> concernsMemberIds, Set<UUID> needIds, String disclosed, LocalDate disclosedOn)
            implements HistoryData {

        public LegalDisclosure {
            concernsMemberIds = Set.copyOf(concernsMemberIds);
            needIds = Set.copyOf(needIds);
        }
    }

    /**
     * {@code CaseClosed}.
     *
     * @param summaryForFamily absent for a case closed before it was asked
     */
    record CaseEnd(String reason, String summaryForFamily, String referredTo) implements HistoryData {
    }

    /** {@code CaseReopened}. */
    record CaseReopening(String reason) implements HistoryData {
    }
}
