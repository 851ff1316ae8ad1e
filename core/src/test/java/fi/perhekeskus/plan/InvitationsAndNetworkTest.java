package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.CONSENT;
import static fi.perhekeskus.plan.TestPlan.EAST;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.EVENINGS;
import static fi.perhekeskus.plan.TestPlan.INVITATION;
import static fi.perhekeskus.plan.TestPlan.INVITATION_EXPIRES_AT;
import static fi.perhekeskus.plan.TestPlan.KEY_WORKER;
import static fi.perhekeskus.plan.TestPlan.MESSAGE;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.OTHER_SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.POLICY;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SECOND_CONSENT;
import static fi.perhekeskus.plan.TestPlan.SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.TODAY;
import static fi.perhekeskus.plan.TestPlan.accept;
import static fi.perhekeskus.plan.TestPlan.accepted;
import static fi.perhekeskus.plan.TestPlan.invite;
import static fi.perhekeskus.plan.TestPlan.invited;
import static fi.perhekeskus.plan.TestPlan.withdraw;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.ConsentWithdrawn;
import fi.perhekeskus.plan.api.DeclineInvitation;
import fi.perhekeskus.plan.api.InvitationDeclined;
import fi.perhekeskus.plan.api.InvitationExpired;
import fi.perhekeskus.plan.api.InvitationWithdrawn;
import fi.perhekeskus.plan.api.InviteSpecialist;
import fi.perhekeskus.plan.api.MembershipEndReason;
import fi.perhekeskus.plan.api.NeedClosed;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRevised;
import fi.perhekeskus.plan.api.NetworkMemberLeft;
import fi.perhekeskus.plan.api.NetworkMembershipEnded;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordDeparture;
import fi.perhekeskus.plan.api.SpecialistInvited;
import fi.perhekeskus.plan.api.WithdrawInvitation;

class InvitationsAndNetworkTest extends PlanTest {

    private static final Recipient TO_SPECIALIST = Recipient.professional(SPECIALIST);
    private static final UUID PENDING = TestPlan.invitationOf(SPECIALIST);

    /** Emma's school need shared with the specialist, who has a pending invitation for it. */
    private static History invitedForSchool() {
        return History.schoolSharedWith(SPECIALIST).invited(SPECIALIST, Set.of(CONSENT), SCHOOL);
    }

    /** Both of Emma's needs agreed and consented to for the specialist. */
    private static History schoolAndEveningsShared() {
        return History.opened().agreedNeed(SCHOOL, EMMA).agreedNeed(EVENINGS, EMMA)
                .granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL, EVENINGS);
    }

    private static InviteSpecialist inviteRespondingBy(LocalDate respondBy) {
        return new InviteSpecialist(CASE, INVITATION, SPECIALIST, EAST, Set.of(SCHOOL), null, respondBy);
    }

    // Inviting

    @Test
    void invitesSpecialistForAgreedNeedsCoveredByConsent() {
        given(History.schoolSharedWith(SPECIALIST))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectEvents(invited(INVITATION, SPECIALIST, Set.of(CONSENT), SCHOOL))
                .expectScheduledDeadline(INVITATION_EXPIRES_AT, new InvitationResponseDue(INVITATION));
    }

    @Test
    void cannotInviteForNeedNotAgreed() {
        given(History.opened().need(SCHOOL, EMMA).granted(CONSENT, MOTHER, TO_SPECIALIST, SCHOOL))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.NEED_NOT_AGREED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void cannotInviteWithoutConsent() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.CONSENT_MISSING, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void consentToSpecialistsUnitCoversInvitation() {
        given(History.opened().agreedNeed(SCHOOL, EMMA).granted(CONSENT, MOTHER, Recipient.unit(EAST), SCHOOL))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectEvents(invited(INVITATION, SPECIALIST, Set.of(CONSENT), SCHOOL));
    }

    @Test
    void consentToAnotherProfessionalDoesNotCoverSpecialist() {
        given(History.schoolSharedWith(OTHER_SPECIALIST))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.CONSENT_MISSING, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void everyNamedNeedMustBeCovered() {
        given(History.schoolSharedWith(SPECIALIST).agreedNeed(EVENINGS, EMMA))
                .when(invite(INVITATION, SPECIALIST, SCHOOL, EVENINGS))
                .expectException(violates(PlanRule.CONSENT_MISSING, EVENINGS))
                .expectNoEvents();
    }

    @Test
    void invitationMustNameNeeds() {
        given(History.schoolSharedWith(SPECIALIST))
                .when(invite(INVITATION, SPECIALIST))
                .expectException(violates(PlanRule.NEEDS_REQUIRED, INVITATION))
                .expectNoEvents();
    }

    @Test
    void keyWorkerCannotBeInvitedToOwnCase() {
        given(History.schoolSharedWith(KEY_WORKER))
                .when(invite(INVITATION, KEY_WORKER, SCHOOL))
                .expectException(violates(PlanRule.KEY_WORKER_CANNOT_BE_INVITED, KEY_WORKER))
                .expectNoEvents();
    }

    @Test
    void invitationMustAllowResponse() {
        given(History.schoolSharedWith(SPECIALIST))
                .when(inviteRespondingBy(TODAY.minusDays(1)))
                .expectException(violates(PlanRule.RESPOND_BY_IN_PAST, INVITATION))
                .expectNoEvents();
    }

    @Test
    void invitationMayBeAnsweredUntilEndOfToday() {
        given(History.schoolSharedWith(SPECIALIST))
                .when(inviteRespondingBy(TODAY))
                .expectScheduledDeadline(POLICY.endOf(TODAY), new InvitationResponseDue(INVITATION));
    }

    @Test
    void specialistHasOnePendingInvitationAtATime() {
        given(invitedForSchool())
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.INVITATION_ALREADY_PENDING, SPECIALIST))
                .expectNoEvents();
    }

    @Test
    void cannotInviteMemberForNeedsTheyAlreadyHave() {
        given(History.schoolMember(SPECIALIST))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectException(violates(PlanRule.ALREADY_A_MEMBER, SPECIALIST))
                .expectNoEvents();
    }

    @Test
    void memberMayBeInvitedForFurtherNeeds() {
        given(History.schoolMember(SPECIALIST).agreedNeed(EVENINGS, EMMA)
                .granted(SECOND_CONSENT, MOTHER, TO_SPECIALIST, EVENINGS))
                .when(invite(INVITATION, SPECIALIST, SCHOOL, EVENINGS))
                .expectEvents(invited(INVITATION, SPECIALIST, Set.of(CONSENT, SECOND_CONSENT), SCHOOL, EVENINGS));
    }

    @Test
    void formerMemberMayBeInvitedAgain() {
        given(History.schoolMember(SPECIALIST).then(new NetworkMemberLeft(CASE, SPECIALIST, null)))
                .when(invite(INVITATION, SPECIALIST, SCHOOL))
                .expectEvents(invited(INVITATION, SPECIALIST, Set.of(CONSENT), SCHOOL));
    }

    // Answering

    @Test
    void inviteeAcceptsAndJoinsNetworkOnBasisOfConsent() {
        given(invitedForSchool())
                .when(accept(PENDING, SPECIALIST))
                .expectEvents(accepted(PENDING, SPECIALIST, Set.of(CONSENT), SCHOOL));
    }

    @Test
    void acceptanceCancelsResponseDeadline() {
        given(History.schoolSharedWith(SPECIALIST))
                .andGivenCommands(invite(INVITATION, SPECIALIST, SCHOOL))
                .when(accept(INVITATION, SPECIALIST))
                .expectNoScheduledDeadlines();
    }

    @Test
    void acceptingFurtherInvitationWidensMembersScope() {
        given(History.schoolMember(SPECIALIST).agreedNeed(EVENINGS, EMMA)
                .granted(SECOND_CONSENT, MOTHER, TO_SPECIALIST, EVENINGS)
                .then(invited(INVITATION, SPECIALIST, Set.of(SECOND_CONSENT), EVENINGS),
                        accepted(INVITATION, SPECIALIST, Set.of(SECOND_CONSENT), EVENINGS)))
                .when(withdraw(CONSENT, MOTHER))
                .expectEvents(new ConsentWithdrawn(CASE, CONSENT, MOTHER, null));
    }

    @Test
    void onlyInviteeAccepts() {
        given(invitedForSchool())
                .when(accept(PENDING, OTHER_SPECIALIST))
                .expectException(violates(PlanRule.NOT_INVITEE, PENDING))
                .expectNoEvents();
    }

    @Test
    void cannotAcceptUnknownInvitation() {
        given(invitedForSchool())
                .when(accept(INVITATION, SPECIALIST))
                .expectException(violates(PlanRule.UNKNOWN_INVITATION, INVITATION))
                .expectNoEvents();
    }

    @Test
    void cannotAcceptDeclinedInvitation() {
        given(invitedForSchool().then(new InvitationDeclined(CASE, PENDING, SPECIALIST, "No capacity")))
                .when(accept(PENDING, SPECIALIST))
                .expectException(violates(PlanRule.INVITATION_NOT_PENDING, PENDING))
                .expectNoEvents();
    }

    @Test
    void acceptanceRechecksConsent() {
        given(History.opened().agreedNeed(SCHOOL, EMMA).then(TestPlan.mothersGrantEndedYesterday())
                .invited(SPECIALIST, Set.of(CONSENT), SCHOOL))
                .when(accept(PENDING, SPECIALIST))
                .expectException(violates(PlanRule.CONSENT_MISSING, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void acceptanceRechecksAgreement() {
        given(invitedForSchool().then(new NeedRevised(CASE, SCHOOL, "Emma is bullied at school", null)))
                .when(accept(PENDING, SPECIALIST))
                .expectException(violates(PlanRule.NEED_NOT_AGREED, SCHOOL))
                .expectNoEvents();
    }

    @Test
    void needsClosedMeanwhileAreLeftOutOfAcceptance() {
        given(schoolAndEveningsShared().invited(SPECIALIST, Set.of(CONSENT), SCHOOL, EVENINGS)
                .then(new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, null)))
                .when(accept(PENDING, SPECIALIST))
                .expectEvents(accepted(PENDING, SPECIALIST, Set.of(CONSENT), EVENINGS));
    }

    @Test
    void inviteeDeclinesWithReason() {
        given(invitedForSchool())
                .when(new DeclineInvitation(CASE, PENDING, SPECIALIST, "No capacity before summer"))
                .expectEvents(new InvitationDeclined(CASE, PENDING, SPECIALIST, "No capacity before summer"));
    }

    @Test
    void declineNeedsReason() {
        given(invitedForSchool())
                .when(new DeclineInvitation(CASE, PENDING, SPECIALIST, null))
                .expectException(violates(PlanRule.REASON_REQUIRED, PENDING))
                .expectNoEvents();
    }

    @Test
    void onlyInviteeDeclines() {
        given(invitedForSchool())
                .when(new DeclineInvitation(CASE, PENDING, OTHER_SPECIALIST, "Not mine"))
                .expectException(violates(PlanRule.NOT_INVITEE, PENDING))
                .expectNoEvents();
    }

    @Test
    void keyWorkerWithdrawsPendingInvitation() {
        given(invitedForSchool())
                .when(new WithdrawInvitation(CASE, PENDING))
                .expectEvents(new InvitationWithdrawn(CASE, PENDING));
    }

    @Test
    void withdrawalCancelsResponseDeadline() {
        given(History.schoolSharedWith(SPECIALIST))
                .andGivenCommands(invite(INVITATION, SPECIALIST, SCHOOL))
                .when(new WithdrawInvitation(CASE, INVITATION))
                .expectNoScheduledDeadlines();
    }

    @Test
    void cannotWithdrawAcceptedInvitation() {
        given(History.schoolMember(SPECIALIST))
                .when(new WithdrawInvitation(CASE, PENDING))
                .expectException(violates(PlanRule.INVITATION_NOT_PENDING, PENDING))
                .expectNoEvents();
    }

    // Expiry through the scheduler

    @Test
    void unansweredInvitationExpiresThroughItsDeadline() {
        given(History.schoolSharedWith(SPECIALIST))
                .andGivenCommands(invite(INVITATION, SPECIALIST, SCHOOL))
                .whenTimeAdvancesTo(INVITATION_EXPIRES_AT)
                .expectTriggeredDeadlines(new InvitationResponseDue(INVITATION))
                .expectEvents(new InvitationExpired(CASE, INVITATION));
    }

    @Test
    void expiredInvitationCannotBeAccepted() {
        given(invitedForSchool().then(new InvitationExpired(CASE, PENDING)))
                .when(accept(PENDING, SPECIALIST))
                .expectException(violates(PlanRule.INVITATION_NOT_PENDING, PENDING))
                .expectNoEvents();
    }

    @Test
    void invitationPastItsLastDayCannotBeAcceptedEvenBeforeItsExpiryIsRecorded() {
        LocalDate yesterday = TODAY.minusDays(1);
        given(History.schoolSharedWith(SPECIALIST).then(new SpecialistInvited(CASE, INVITATION, SPECIALIST, EAST,
                Set.of(SCHOOL), Set.of(CONSENT), MESSAGE, yesterday, POLICY.endOf(yesterday), "deadline not run yet")))
                .when(accept(INVITATION, SPECIALIST))
                .expectException(violates(PlanRule.INVITATION_NOT_PENDING, INVITATION))
                .expectNoEvents();
    }

    @Test
    void lateResponseDeadlineAfterAcceptanceDoesNothing() {
        given(History.schoolSharedWith(SPECIALIST))
                .andGivenCommands(invite(INVITATION, SPECIALIST, SCHOOL))
                .andGiven(accepted(INVITATION, SPECIALIST, Set.of(CONSENT), SCHOOL))
                .whenTimeAdvancesTo(INVITATION_EXPIRES_AT)
                .expectTriggeredDeadlines(new InvitationResponseDue(INVITATION))
                .expectNoEvents();
    }

    // Membership

    @Test
    void memberLeavesNetwork() {
        given(History.schoolMember(SPECIALIST))
                .when(new RecordDeparture(CASE, SPECIALIST, SPECIALIST, "Moving to another town"))
                .expectEvents(new NetworkMemberLeft(CASE, SPECIALIST, "Moving to another town"));
    }

    @Test
    void keyWorkerEndsMembership() {
        given(History.schoolMember(SPECIALIST))
                .when(new RecordDeparture(CASE, SPECIALIST, KEY_WORKER, "Family asked for another psychologist"))
                .expectEvents(new NetworkMembershipEnded(CASE, SPECIALIST, MembershipEndReason.ENDED_BY_KEY_WORKER,
                        "Family asked for another psychologist"));
    }

    @Test
    void nonMemberCannotLeave() {
        given(History.schoolMember(SPECIALIST))
                .when(new RecordDeparture(CASE, OTHER_SPECIALIST, OTHER_SPECIALIST, null))
                .expectException(violates(PlanRule.NOT_A_MEMBER, OTHER_SPECIALIST))
                .expectNoEvents();
    }

    @Test
    void onlyMemberOrKeyWorkerEndsMembership() {
        given(History.schoolMember(SPECIALIST))
                .when(new RecordDeparture(CASE, SPECIALIST, OTHER_SPECIALIST, null))
                .expectException(violates(PlanRule.NOT_KEY_WORKER, OTHER_SPECIALIST))
                .expectNoEvents();
    }
}
