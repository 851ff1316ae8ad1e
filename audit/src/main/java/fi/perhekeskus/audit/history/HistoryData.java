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
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.Responsible;

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
     * @param language Finnish without an interpreter for a case opened before the language was recorded
     */
    record Opening(List<OpeningMember> members, UUID keyWorkerId, UUID unitId, FamilyLanguage language)
            implements HistoryData {

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

    /** {@code NeedClosed}. */
    record NeedEnd(UUID needId, NeedOutcome outcome, String note) implements HistoryData {
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

    /** {@code SupportActionPlanned}. */
    record NewAction(UUID actionId, UUID needId, String description, Responsible responsible, LocalDate dueDate)
            implements HistoryData {
    }

    /**
     * {@code SupportActionCompleted} and {@code SupportActionCancelled}.
     *
     * @param note the completion's note, or the cancellation's reason
     */
    record ActionEnd(UUID actionId, String note) implements HistoryData {
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

    /** {@code ReviewRecorded}. */
    record NewReview(UUID reviewId, LocalDate heldOn, List<String> participants, String summary, LocalDate nextReviewOn)
            implements HistoryData {

        public NewReview {
            participants = List.copyOf(participants);
        }
    }

    /** {@code PlanApproved}: the family member who said "this is our plan", of which version. */
    record NewApproval(UUID approvedBy, long version) implements HistoryData {
    }

    /** {@code CaseClosed}. */
    record CaseEnd(String reason) implements HistoryData {
    }
}
