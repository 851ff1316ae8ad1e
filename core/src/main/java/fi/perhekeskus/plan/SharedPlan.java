package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.Rules.MAX_NAME_LENGTH;
import static fi.perhekeskus.plan.Rules.optionalText;
import static fi.perhekeskus.plan.Rules.require;
import static fi.perhekeskus.plan.Rules.requireLength;
import static fi.perhekeskus.plan.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import fi.perhekeskus.plan.api.AcceptInvitation;
import fi.perhekeskus.plan.api.AddFamilyMember;
import fi.perhekeskus.plan.api.Ages;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ApprovePlan;
import fi.perhekeskus.plan.api.CancelSupportAction;
import fi.perhekeskus.plan.api.CaseClosed;
import fi.perhekeskus.plan.api.CaseOpened;
import fi.perhekeskus.plan.api.ChildViewRecorded;
import fi.perhekeskus.plan.api.CloseCase;
import fi.perhekeskus.plan.api.CloseNeed;
import fi.perhekeskus.plan.api.CompleteSupportAction;
import fi.perhekeskus.plan.api.CorrectFamilyMember;
import fi.perhekeskus.plan.api.ConsentCoverage;
import fi.perhekeskus.plan.api.ConsentCoverage.Coverage;
import fi.perhekeskus.plan.api.ConsentCoverage.Specialist;
import fi.perhekeskus.plan.api.ConsentCoverage.StandingConsent;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentExpired;
import fi.perhekeskus.plan.api.ConsentGranted;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.plan.api.ConsentRefused;
import fi.perhekeskus.plan.api.ConsentWithdrawn;
import fi.perhekeskus.plan.api.DeclineInvitation;
import fi.perhekeskus.plan.api.EndFamilyMembership;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyLanguageRecorded;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.FamilyMemberAdded;
import fi.perhekeskus.plan.api.FamilyMemberCorrected;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.FamilyMembershipEnded;
import fi.perhekeskus.plan.api.HandOverKeyWorker;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.InvitationAccepted;
import fi.perhekeskus.plan.api.InvitationDeclined;
import fi.perhekeskus.plan.api.InvitationExpired;
import fi.perhekeskus.plan.api.InvitationLapseReason;
import fi.perhekeskus.plan.api.InvitationLapsed;
import fi.perhekeskus.plan.api.InvitationWithdrawn;
import fi.perhekeskus.plan.api.InviteSpecialist;
import fi.perhekeskus.plan.api.KeyWorkerHandedOver;
import fi.perhekeskus.plan.api.MembershipEndReason;
import fi.perhekeskus.plan.api.NeedAgreed;
import fi.perhekeskus.plan.api.NeedClosed;
import fi.perhekeskus.plan.api.NeedDisagreed;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.plan.api.NeedRevised;
import fi.perhekeskus.plan.api.NeedStatus;
import fi.perhekeskus.plan.api.NetworkMemberLeft;
import fi.perhekeskus.plan.api.NetworkMembershipEnded;
import fi.perhekeskus.plan.api.OpenCase;
import fi.perhekeskus.plan.api.PlanApproved;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.PlanSupportAction;
import fi.perhekeskus.plan.api.RecordChildView;
import fi.perhekeskus.plan.api.RecordConsent;
import fi.perhekeskus.plan.api.RecordDeparture;
import fi.perhekeskus.plan.api.RecordFamilyLanguage;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RecordNeedAgreement;
import fi.perhekeskus.plan.api.RecordReview;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviewRecorded;
import fi.perhekeskus.plan.api.ReviseNeed;
import fi.perhekeskus.plan.api.SpecialistInvited;
import fi.perhekeskus.plan.api.SupportActionCancelled;
import fi.perhekeskus.plan.api.SupportActionCompleted;
import fi.perhekeskus.plan.api.SupportActionPlanned;
import fi.perhekeskus.plan.api.WithdrawConsent;
import fi.perhekeskus.plan.api.WithdrawInvitation;

/**
 * One family's shared client plan. Command handlers check the rules and apply events; event
 * sourcing handlers only remember what the rules need. "Now" comes from the injected {@link Clock},
 * dates are read in the {@link ConsentPolicy}'s zone, and expiries are deadlines that survive restarts.
 *
 * <p>Its fields are also the stored form of its snapshots, whose revision is this class's: change
 * what the fields hold or how the event sourcing handlers fill them, and the revision must go up,
 * so that older snapshots are ignored rather than read as something they are not.
 */
@Aggregate(commandTargetResolver = "expectedVersionResolver", snapshotTriggerDefinition = "planSnapshots",
        cache = "plansInMemory")
@Revision("4")
public class SharedPlan {

    public static final String CONSENT_END = "consent-end";
    static final String INVITATION_RESPONSE = "invitation-response";

    @AggregateIdentifier
    private UUID caseId;
    private UUID keyWorkerId;
    private Family family;
    private FamilyLanguage language;
    private final Map<UUID, Need> needs = new LinkedHashMap<>();
    private final Map<UUID, SupportAction> actions = new LinkedHashMap<>();
    private final Map<UUID, Consent> consents = new LinkedHashMap<>();
    private final Map<UUID, Invitation> invitations = new LinkedHashMap<>();
    private final Map<UUID, Membership> network = new LinkedHashMap<>();
    private final Set<UUID> childViewIds = new HashSet<>();
    private final Set<UUID> reviewIds = new HashSet<>();
    private boolean closed;

    SharedPlan() {
    }

    @CommandHandler
    SharedPlan(OpenCase command, Clock clock, ConsentPolicy policy) {
        Family.requireValid(command.caseId(), command.members(), policy.today(clock));
        requireKnown(command.language());
        apply(new CaseOpened(command.caseId(), command.members(), command.keyWorkerId(), command.unitId(),
                command.language()));
    }

    @CommandHandlerInterceptor
    void refuseChangesToClosedCase() {
        require(!closed, PlanRule.CASE_CLOSED, caseId);
    }

    @CommandHandler
    void handle(HandOverKeyWorker command, DeadlineManager deadlines) {
        UUID next = command.newKeyWorkerId();
        require(!next.equals(keyWorkerId), PlanRule.SAME_KEY_WORKER, next);
        requireText(command.reason(), PlanRule.REASON_REQUIRED, caseId, "reason");
        apply(new KeyWorkerHandedOver(caseId, keyWorkerId, next, command.reason()));
        pendingInvitations().stream()
                .filter(invitation -> invitation.isFor(next))
                .forEach(invitation -> lapse(invitation, InvitationLapseReason.INVITEE_BECAME_KEY_WORKER, deadlines));
        if (network.containsKey(next)) {
            apply(new NetworkMembershipEnded(caseId, next, MembershipEndReason.BECAME_KEY_WORKER, null));
        }
    }

    @CommandHandler
    void handle(RecordFamilyLanguage command) {
        requireKnown(command.language());
        require(!command.language().equals(language), PlanRule.FAMILY_LANGUAGE_UNCHANGED, caseId);
        apply(new FamilyLanguageRecorded(caseId, command.language()));
    }

    private static void requireKnown(FamilyLanguage language) {
        require(language.known(), PlanRule.UNKNOWN_LANGUAGE, language.code());
    }

    @CommandHandler
    void handle(AddFamilyMember command, Clock clock, ConsentPolicy policy) {
        FamilyMember member = command.member();
        require(!family.knows(member.memberId()), PlanRule.ID_ALREADY_USED, member.memberId());
        requireNewItem(member.memberId());
        Family.requireValid(member, policy.today(clock));
        apply(new FamilyMemberAdded(caseId, member));
    }

    /**
     * The family keeps a child while the case is open: when the last child leaves, the case is
     * closed instead. A child leaves as come of age only once they have turned 18.
     */
    @CommandHandler
    void handle(EndFamilyMembership command, Clock clock, ConsentPolicy policy) {
        FamilyMember member = family.requireCurrent(command.memberId());
        UUID memberId = member.memberId();
        if (command.reason() == FamilyMembershipEndReason.CAME_OF_AGE) {
            require(Family.isChild(member), PlanRule.NOT_A_CHILD, memberId);
            require(Ages.hasTurned(member.birthDate(), Ages.MAJORITY, policy.today(clock)), PlanRule.NOT_OF_AGE,
                    memberId);
        }
        require(!Family.isChild(member) || family.childrenBesides(memberId) > 0, PlanRule.FAMILY_WITHOUT_CHILD,
                caseId);
        if (command.reason() == FamilyMembershipEndReason.OTHER) {
            requireText(command.note(), PlanRule.REASON_REQUIRED, memberId, "note");
        } else {
            optionalText(command.note(), "note");
        }
        apply(new FamilyMembershipEnded(caseId, memberId, command.reason(), command.note()));
    }

    /** A member who left may be corrected too: a record is kept right whoever it is about. */
    @CommandHandler
    void handle(CorrectFamilyMember command, Clock clock, ConsentPolicy policy) {
        FamilyMember recorded = family.requireMember(command.memberId());
        FamilyMember corrected = new FamilyMember(recorded.memberId(), recorded.role(), command.displayName(),
                command.birthDate());
        Family.requireValid(corrected, policy.today(clock));
        require(!corrected.equals(recorded), PlanRule.CORRECTION_CHANGES_NOTHING, recorded.memberId());
        optionalText(command.note(), "note");
        apply(new FamilyMemberCorrected(caseId, recorded.memberId(), command.displayName(), command.birthDate(),
                command.note()));
    }

    @CommandHandler
    void handle(RecordNeed command) {
        UUID needId = command.needId();
        requireNewItem(needId);
        requireText(command.description(), PlanRule.DESCRIPTION_REQUIRED, needId, "description");
        optionalText(command.professionalNote(), "professionalNote");
        require(!command.concernsMemberIds().isEmpty(), PlanRule.CONCERNED_MEMBERS_REQUIRED, needId);
        command.concernsMemberIds().forEach(family::requireCurrent);
        if (command.raisedBy().kind() == NeedRaiser.Kind.FAMILY_MEMBER) {
            family.requireCurrent(command.raisedBy().memberId());
        }
        apply(new NeedRecorded(caseId, needId, command.description(), command.professionalNote(),
                command.concernsMemberIds(), command.raisedBy()));
    }

    @CommandHandler
    void handle(ReviseNeed command) {
        Need need = openNeed(command.needId());
        requireText(command.description(), PlanRule.DESCRIPTION_REQUIRED, need.id(), "description");
        optionalText(command.professionalNote(), "professionalNote");
        apply(new NeedRevised(caseId, need.id(), command.description(), command.professionalNote()));
    }

    @CommandHandler
    void handle(RecordNeedAgreement command, Clock clock) {
        Need need = openNeed(command.needId());
        UUID memberId = family.requireCurrent(command.memberId()).memberId();
        require(!command.givenAt().isAfter(clock.instant()), PlanRule.GIVEN_AT_IN_FUTURE, need.id());
        optionalText(command.note(), "note");
        apply(command.decision() == AgreementDecision.AGREED
                ? new NeedAgreed(caseId, need.id(), memberId, command.channel(), command.givenAt(), command.note())
                : new NeedDisagreed(caseId, need.id(), memberId, command.channel(), command.givenAt(), command.note()));
    }

    @CommandHandler
    void handle(CloseNeed command, Clock clock, DeadlineManager deadlines) {
        Need need = agreedNeed(command.needId());
        boolean actionsOpen = actions.values().stream()
                .anyMatch(action -> action.open() && action.needId().equals(need.id()));
        require(!actionsOpen, PlanRule.NEED_HAS_OPEN_ACTIONS, need.id());
        optionalText(command.note(), "note");
        apply(new NeedClosed(caseId, need.id(), command.outcome(), command.note()));
        settleNetwork(clock.instant(), deadlines);
    }

    @CommandHandler
    void handle(RecordChildView command) {
        UUID viewId = command.viewId();
        requireNewItem(viewId);
        family.requireChild(command.childId());
        if (command.needId() != null) {
            openNeed(command.needId());
        }
        if (command.howHeard() == HowHeard.DECLINED_TO_SAY) {
            optionalText(command.view(), "view");
        } else {
            requireText(command.view(), PlanRule.VIEW_REQUIRED, viewId, "view");
        }
        apply(new ChildViewRecorded(caseId, viewId, command.childId(), command.needId(), command.view(),
                command.howHeard(), command.wordsShownToGuardians()));
    }

    @CommandHandler
    void handle(PlanSupportAction command, Clock clock, ConsentPolicy policy) {
        UUID actionId = command.actionId();
        requireNewItem(actionId);
        Need need = agreedNeed(command.needId());
        requireText(command.description(), PlanRule.DESCRIPTION_REQUIRED, actionId, "description");
        require(!command.dueDate().isBefore(policy.today(clock)), PlanRule.DUE_DATE_IN_PAST, actionId);
        Responsible responsible = command.responsible();
        switch (responsible.kind()) {
            case FAMILY_MEMBER -> family.requireCurrent(responsible.id());
            case KEY_WORKER -> require(responsible.id().equals(keyWorkerId), PlanRule.NOT_KEY_WORKER, responsible.id());
            case NETWORK_MEMBER -> {
                require(network.containsKey(responsible.id()), PlanRule.NOT_A_MEMBER, responsible.id());
                require(isSharedWith(responsible.id(), need, clock.instant()),
                        PlanRule.NEED_NOT_SHARED_WITH_MEMBER, need.id());
            }
        }
        apply(new SupportActionPlanned(caseId, actionId, need.id(), command.description(), responsible,
                command.dueDate()));
    }

    @CommandHandler
    void handle(CompleteSupportAction command, Clock clock) {
        SupportAction action = openAction(command.actionId());
        UUID by = command.completedBy();
        boolean responsibleMember = action.responsible().equals(new Responsible(Responsible.Kind.NETWORK_MEMBER, by))
                && isSharedWith(by, needs.get(action.needId()), clock.instant());
        require(by.equals(keyWorkerId) || responsibleMember, PlanRule.NOT_RESPONSIBLE, action.id());
        optionalText(command.note(), "note");
        apply(new SupportActionCompleted(caseId, action.id(), command.note()));
    }

    @CommandHandler
    void handle(CancelSupportAction command) {
        SupportAction action = openAction(command.actionId());
        requireText(command.reason(), PlanRule.REASON_REQUIRED, action.id(), "reason");
        apply(new SupportActionCancelled(caseId, action.id(), command.reason()));
    }

    @CommandHandler
    void handle(RecordConsent command, Clock clock, ConsentPolicy policy, DeadlineManager deadlines) {
        UUID consentId = command.consentId();
        requireNewItem(consentId);
        FamilyMember giver = family.requireCurrent(command.givenBy());
        require(!command.needIds().isEmpty(), PlanRule.NEEDS_REQUIRED, consentId);
        ConsentCoverage coverage = coverageAt(clock.instant());
        for (Need need : openNeeds(command.needIds())) {
            require(coverage.mayDecide(giver.memberId(), need.concerns()),
                    PlanRule.CONSENT_GIVER_NOT_ENTITLED, need.id());
        }
        boolean ownVoice = Ages.hasTurned(giver.birthDate(), Ages.OWN_VOICE, policy.today(clock));
        require(!Family.isChild(giver) || command.childMaturityAssessed() || ownVoice,
                PlanRule.CHILD_MATURITY_NOT_ASSESSED, giver.memberId());
        if (command.decision() == ConsentDecision.GRANT) {
            grant(command, policy.today(clock), policy, deadlines);
        } else {
            refuse(command, clock.instant(), deadlines);
        }
    }

    private void grant(RecordConsent command, LocalDate today, ConsentPolicy policy, DeadlineManager deadlines) {
        UUID consentId = command.consentId();
        requireText(command.purpose(), PlanRule.PURPOSE_REQUIRED, consentId, "purpose");
        LocalDate validUntil = command.validUntil();
        require(validUntil != null, PlanRule.CONSENT_END_DATE_REQUIRED, consentId);
        require(!validUntil.isBefore(today), PlanRule.CONSENT_END_IN_PAST, consentId);
        require(!validUntil.isAfter(today.plus(policy.maxValidity())), PlanRule.CONSENT_TOO_LONG, consentId);
        Instant endsAt = policy.endOf(validUntil);
        String deadlineId = deadlines.schedule(endsAt, CONSENT_END, new ConsentEndDue(consentId));
        apply(new ConsentGranted(caseId, consentId, command.givenBy(), command.recipient(), command.needIds(),
                command.purpose(), validUntil, endsAt, command.form(), command.childMaturityAssessed(), deadlineId));
    }

    private void refuse(RecordConsent command, Instant now, DeadlineManager deadlines) {
        require(command.validUntil() == null, PlanRule.REFUSAL_HAS_NO_END_DATE, command.consentId());
        optionalText(command.purpose(), "purpose");
        apply(new ConsentRefused(caseId, command.consentId(), command.givenBy(), command.recipient(),
                command.needIds(), command.purpose(), command.form(), command.childMaturityAssessed()));
        settleNetwork(now, deadlines);
    }

    @CommandHandler
    void handle(WithdrawConsent command, Clock clock, DeadlineManager deadlines) {
        Consent consent = consents.get(command.consentId());
        require(consent != null, PlanRule.UNKNOWN_CONSENT, command.consentId());
        Instant now = clock.instant();
        require(consent.standingAt(now), PlanRule.CONSENT_NOT_ACTIVE, consent.id());
        family.requireMember(command.withdrawnBy());
        require(consent.mayBeWithdrawnBy(command.withdrawnBy(), family.roles()),
                PlanRule.WITHDRAWER_NOT_ENTITLED, consent.id());
        optionalText(command.note(), "note");
        if (consent.expiryDeadlineId() != null) {
            deadlines.cancelSchedule(CONSENT_END, consent.expiryDeadlineId());
        }
        apply(new ConsentWithdrawn(caseId, consent.id(), command.withdrawnBy(), command.note()));
        settleNetwork(now, deadlines);
    }

    @CommandHandler
    void handle(InviteSpecialist command, Clock clock, ConsentPolicy policy, DeadlineManager deadlines) {
        UUID invitationId = command.invitationId();
        UUID specialistId = command.specialistId();
        requireNewItem(invitationId);
        require(!specialistId.equals(keyWorkerId), PlanRule.KEY_WORKER_CANNOT_BE_INVITED, specialistId);
        require(pendingInvitations().stream().noneMatch(invitation -> invitation.isFor(specialistId)),
                PlanRule.INVITATION_ALREADY_PENDING, specialistId);
        require(!command.needIds().isEmpty(), PlanRule.NEEDS_REQUIRED, invitationId);
        Membership membership = network.get(specialistId);
        require(membership == null || !membership.needIds().containsAll(command.needIds()),
                PlanRule.ALREADY_A_MEMBER, specialistId);
        require(!command.respondBy().isBefore(policy.today(clock)), PlanRule.RESPOND_BY_IN_PAST, invitationId);
        optionalText(command.message(), "message");
        Specialist invitee = new Specialist(specialistId, command.specialistUnitId());
        Set<UUID> basis = requireShareable(openNeeds(command.needIds()), invitee, clock.instant());
        Instant expiresAt = policy.endOf(command.respondBy());
        String deadlineId = deadlines.schedule(expiresAt, INVITATION_RESPONSE, new InvitationResponseDue(invitationId));
        apply(new SpecialistInvited(caseId, invitationId, specialistId, command.specialistUnitId(), command.needIds(),
                basis, command.message(), command.respondBy(), expiresAt, deadlineId));
    }

    @CommandHandler
    void handle(AcceptInvitation command, Clock clock, DeadlineManager deadlines) {
        Instant now = clock.instant();
        Invitation invitation = answerable(command.invitationId(), command.specialistId(), now);
        List<Need> stillOpen = needs.values().stream()
                .filter(need -> invitation.needIds().contains(need.id()) && !need.closed())
                .toList();
        Set<UUID> basis = requireShareable(stillOpen, invitation.invitee(), now);
        deadlines.cancelSchedule(INVITATION_RESPONSE, invitation.expiryDeadlineId());
        Specialist invitee = invitation.invitee();
        apply(new InvitationAccepted(caseId, invitation.id(), invitee.professionalId(), invitee.unitId(),
                stillOpen.stream().map(Need::id).collect(Collectors.toSet()), basis));
    }

    @CommandHandler
    void handle(DeclineInvitation command, Clock clock, DeadlineManager deadlines) {
        Invitation invitation = answerable(command.invitationId(), command.specialistId(), clock.instant());
        requireText(command.reason(), PlanRule.REASON_REQUIRED, invitation.id(), "reason");
        deadlines.cancelSchedule(INVITATION_RESPONSE, invitation.expiryDeadlineId());
        apply(new InvitationDeclined(caseId, invitation.id(), command.specialistId(), command.reason()));
    }

    @CommandHandler
    void handle(WithdrawInvitation command, Clock clock, DeadlineManager deadlines) {
        Invitation invitation = invitation(command.invitationId());
        require(invitation.pendingAt(clock.instant()), PlanRule.INVITATION_NOT_PENDING, invitation.id());
        deadlines.cancelSchedule(INVITATION_RESPONSE, invitation.expiryDeadlineId());
        apply(new InvitationWithdrawn(caseId, invitation.id()));
    }

    @CommandHandler
    void handle(RecordDeparture command) {
        UUID member = command.professionalId();
        boolean leaving = command.requestedBy().equals(member);
        require(leaving || command.requestedBy().equals(keyWorkerId), PlanRule.NOT_KEY_WORKER, command.requestedBy());
        require(network.containsKey(member), PlanRule.NOT_A_MEMBER, member);
        optionalText(command.reason(), "reason");
        apply(leaving
                ? new NetworkMemberLeft(caseId, member, command.reason())
                : new NetworkMembershipEnded(caseId, member, MembershipEndReason.ENDED_BY_KEY_WORKER,
                        command.reason()));
    }

    @CommandHandler
    void handle(RecordReview command, Clock clock, ConsentPolicy policy) {
        UUID reviewId = command.reviewId();
        requireNewItem(reviewId);
        require(!command.heldOn().isAfter(policy.today(clock)), PlanRule.REVIEW_DATE_IN_FUTURE, reviewId);
        List<String> participants = command.participants();
        require(!participants.isEmpty() && participants.stream().noneMatch(Rules::isBlank),
                PlanRule.PARTICIPANTS_REQUIRED, reviewId);
        participants.forEach(participant -> requireLength(participant, MAX_NAME_LENGTH, "participants"));
        requireText(command.summary(), PlanRule.SUMMARY_REQUIRED, reviewId, "summary");
        require(command.nextReviewOn().isAfter(command.heldOn()), PlanRule.NEXT_REVIEW_NOT_AFTER_REVIEW, reviewId);
        apply(new ReviewRecorded(caseId, reviewId, command.heldOn(), participants, command.summary(),
                command.nextReviewOn()));
    }

    @CommandHandler
    void handle(ApprovePlan command, Clock clock, ConsentPolicy policy) {
        FamilyMember approver = family.requireCurrent(command.approvedBy());
        require(Family.mayApprove(approver, policy.today(clock)), PlanRule.APPROVER_NOT_ENTITLED, approver.memberId());
        require(command.version() == AggregateLifecycle.getVersion(), PlanRule.STALE_PLAN_VERSION, command.version());
        apply(new PlanApproved(caseId, approver.memberId(), command.version()));
    }

    @CommandHandler
    void handle(CloseCase command, DeadlineManager deadlines) {
        requireText(command.reason(), PlanRule.REASON_REQUIRED, caseId, "reason");
        apply(new CaseClosed(caseId, command.reason()));
        pendingInvitations().forEach(invitation -> lapse(invitation, InvitationLapseReason.CASE_CLOSED, deadlines));
        List.copyOf(network.keySet()).forEach(member ->
                apply(new NetworkMembershipEnded(caseId, member, MembershipEndReason.CASE_CLOSED, null)));
    }

    /** A late or repeated deadline finds the consent already ended and does nothing. */
    @DeadlineHandler(deadlineName = CONSENT_END)
    void expire(ConsentEndDue due, DeadlineManager deadlines) {
        Consent consent = consents.get(due.consentId());
        if (consent != null && !consent.ended()) {
            apply(new ConsentExpired(caseId, consent.id()));
            settleNetwork(consent.terms().endsAt(), deadlines);
        }
    }

    /** A late or repeated deadline finds the invitation no longer pending and does nothing. */
    @DeadlineHandler(deadlineName = INVITATION_RESPONSE)
    void expire(InvitationResponseDue due) {
        Invitation invitation = invitations.get(due.invitationId());
        if (invitation != null && invitation.pending()) {
            apply(new InvitationExpired(caseId, invitation.id()));
        }
    }

    /**
     * After consent was narrowed or a need closed: an invitation lapses once one of its open needs is no
     * longer covered for the invitee, or all of them are closed; a membership ends once none of the
     * open needs in its scope is covered.
     */
    private void settleNetwork(Instant at, DeadlineManager deadlines) {
        ConsentCoverage coverage = coverageAt(at);
        for (Invitation invitation : pendingInvitations()) {
            List<Need> open = openOf(invitation.needIds());
            if (open.isEmpty()) {
                lapse(invitation, InvitationLapseReason.NEED_CLOSED, deadlines);
            } else if (!open.stream().allMatch(need -> covers(coverage, need, invitation.invitee()))) {
                lapse(invitation, InvitationLapseReason.CONSENT_ENDED, deadlines);
            }
        }
        for (Membership membership : List.copyOf(network.values())) {
            List<Need> open = openOf(membership.needIds());
            UUID member = membership.member().professionalId();
            if (open.isEmpty()) {
                apply(new NetworkMembershipEnded(caseId, member, MembershipEndReason.NEED_CLOSED, null));
            } else if (open.stream().noneMatch(need -> covers(coverage, need, membership.member()))) {
                apply(new NetworkMembershipEnded(caseId, member, MembershipEndReason.NO_CONSENTED_NEED, null));
            }
        }
    }

    /** The invitation rule: every named need agreed, and consent covering each for the specialist. */
    private Set<UUID> requireShareable(List<Need> named, Specialist specialist, Instant at) {
        named.forEach(need -> require(need.status() == NeedStatus.AGREED, PlanRule.NEED_NOT_AGREED, need.id()));
        ConsentCoverage coverage = coverageAt(at);
        Set<UUID> basis = new LinkedHashSet<>();
        for (Need need : named) {
            Coverage result = coverage.of(need.id(), need.concerns(), specialist);
            require(result.covered(), refusalOf(result.verdict()), need.id());
            basis.addAll(result.consentIds());
        }
        return basis;
    }

    private static PlanRule refusalOf(ConsentCoverage.Verdict verdict) {
        return switch (verdict) {
            case CHILD_REFUSED -> PlanRule.CHILD_REFUSED;
            case CONSENT_REFUSED -> PlanRule.CONSENT_REFUSED;
            case COVERED, CONSENT_MISSING -> PlanRule.CONSENT_MISSING;
        };
    }

    private boolean isSharedWith(UUID professionalId, Need need, Instant at) {
        Membership membership = network.get(professionalId);
        return membership != null
                && membership.needIds().contains(need.id())
                && !need.closed()
                && covers(coverageAt(at), need, membership.member());
    }

    private static boolean covers(ConsentCoverage coverage, Need need, Specialist specialist) {
        return coverage.of(need.id(), need.concerns(), specialist).covered();
    }

    private ConsentCoverage coverageAt(Instant at) {
        List<StandingConsent> standing = consents.values().stream()
                .filter(consent -> !consent.ended())
                .map(Consent::terms)
                .toList();
        return new ConsentCoverage(family.roles(), standing, at);
    }

    private void lapse(Invitation invitation, InvitationLapseReason reason, DeadlineManager deadlines) {
        deadlines.cancelSchedule(INVITATION_RESPONSE, invitation.expiryDeadlineId());
        apply(new InvitationLapsed(caseId, invitation.id(), reason));
    }

    private List<Invitation> pendingInvitations() {
        return invitations.values().stream().filter(Invitation::pending).toList();
    }

    private Invitation invitation(UUID invitationId) {
        Invitation invitation = invitations.get(invitationId);
        require(invitation != null, PlanRule.UNKNOWN_INVITATION, invitationId);
        return invitation;
    }

    private Invitation answerable(UUID invitationId, UUID specialistId, Instant now) {
        Invitation invitation = invitation(invitationId);
        require(invitation.isFor(specialistId), PlanRule.NOT_INVITEE, invitationId);
        require(invitation.pendingAt(now), PlanRule.INVITATION_NOT_PENDING, invitationId);
        return invitation;
    }

    private void requireNewItem(UUID itemId) {
        boolean used = needs.containsKey(itemId) || actions.containsKey(itemId) || consents.containsKey(itemId)
                || invitations.containsKey(itemId) || childViewIds.contains(itemId) || reviewIds.contains(itemId);
        require(!used, PlanRule.ID_ALREADY_USED, itemId);
    }

    private Need openNeed(UUID needId) {
        Need need = needs.get(needId);
        require(need != null, PlanRule.UNKNOWN_NEED, needId);
        require(!need.closed(), PlanRule.NEED_CLOSED, needId);
        return need;
    }

    private Need agreedNeed(UUID needId) {
        Need need = openNeed(needId);
        require(need.status() == NeedStatus.AGREED, PlanRule.NEED_NOT_AGREED, needId);
        return need;
    }

    /** The named needs in the order they were recorded, each of them known and open. */
    private List<Need> openNeeds(Set<UUID> needIds) {
        needIds.forEach(this::openNeed);
        return needs.values().stream().filter(need -> needIds.contains(need.id())).toList();
    }

    private List<Need> openOf(Set<UUID> needIds) {
        return needs.values().stream().filter(need -> needIds.contains(need.id()) && !need.closed()).toList();
    }

    private SupportAction openAction(UUID actionId) {
        SupportAction action = actions.get(actionId);
        require(action != null, PlanRule.UNKNOWN_ACTION, actionId);
        require(action.open(), PlanRule.ACTION_NOT_OPEN, actionId);
        return action;
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        keyWorkerId = event.keyWorkerId();
        family = Family.of(event.members());
        language = event.language();
    }

    @EventSourcingHandler
    void on(FamilyMemberAdded event) {
        family = family.with(event.member());
    }

    @EventSourcingHandler
    void on(FamilyMembershipEnded event) {
        family = family.without(event.memberId());
    }

    @EventSourcingHandler
    void on(FamilyMemberCorrected event) {
        FamilyMember recorded = family.members().get(event.memberId());
        family = family.with(new FamilyMember(recorded.memberId(), recorded.role(), event.displayName(),
                event.birthDate()));
    }

    @EventSourcingHandler
    void on(FamilyLanguageRecorded event) {
        language = event.language();
    }

    @EventSourcingHandler
    void on(KeyWorkerHandedOver event) {
        keyWorkerId = event.newKeyWorkerId();
    }

    @EventSourcingHandler
    void on(NeedRecorded event) {
        needs.put(event.needId(), Need.recorded(event.needId(), event.concernsMemberIds()));
    }

    @EventSourcingHandler
    void on(NeedRevised event) {
        needs.computeIfPresent(event.needId(), (id, need) -> need.revised());
    }

    @EventSourcingHandler
    void on(NeedAgreed event) {
        needs.computeIfPresent(event.needId(), (id, need) -> need.answered(event.memberId(), AgreementDecision.AGREED));
    }

    @EventSourcingHandler
    void on(NeedDisagreed event) {
        needs.computeIfPresent(event.needId(),
                (id, need) -> need.answered(event.memberId(), AgreementDecision.DISAGREED));
    }

    @EventSourcingHandler
    void on(NeedClosed event) {
        needs.computeIfPresent(event.needId(), (id, need) -> need.close());
    }

    @EventSourcingHandler
    void on(ChildViewRecorded event) {
        childViewIds.add(event.viewId());
    }

    @EventSourcingHandler
    void on(SupportActionPlanned event) {
        actions.put(event.actionId(), new SupportAction(event.actionId(), event.needId(), event.responsible(), true));
    }

    @EventSourcingHandler
    void on(SupportActionCompleted event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.done());
    }

    @EventSourcingHandler
    void on(SupportActionCancelled event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.done());
    }

    @EventSourcingHandler
    void on(ConsentGranted event) {
        StandingConsent terms = new StandingConsent(event.consentId(), event.givenBy(), ConsentDecision.GRANT,
                event.recipient(), event.needIds(), event.endsAt());
        consents.put(event.consentId(), new Consent(terms, event.expiryDeadlineId(), false));
    }

    @EventSourcingHandler
    void on(ConsentRefused event) {
        StandingConsent terms = new StandingConsent(event.consentId(), event.givenBy(), ConsentDecision.REFUSE,
                event.recipient(), event.needIds(), null);
        consents.put(event.consentId(), new Consent(terms, null, false));
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event) {
        consents.computeIfPresent(event.consentId(), (id, consent) -> consent.end());
    }

    @EventSourcingHandler
    void on(ConsentExpired event) {
        consents.computeIfPresent(event.consentId(), (id, consent) -> consent.end());
    }

    @EventSourcingHandler
    void on(SpecialistInvited event) {
        Specialist invitee = new Specialist(event.specialistId(), event.specialistUnitId());
        invitations.put(event.invitationId(), new Invitation(event.invitationId(), invitee, event.needIds(),
                event.expiresAt(), event.expiryDeadlineId(), true));
    }

    @EventSourcingHandler
    void on(InvitationAccepted event) {
        invitations.computeIfPresent(event.invitationId(), (id, invitation) -> invitation.end());
        Specialist member = new Specialist(event.specialistId(), event.specialistUnitId());
        network.merge(event.specialistId(), new Membership(member, event.needIds()),
                (current, joined) -> current.widenedBy(joined.needIds()));
    }

    @EventSourcingHandler
    void on(InvitationDeclined event) {
        invitations.computeIfPresent(event.invitationId(), (id, invitation) -> invitation.end());
    }

    @EventSourcingHandler
    void on(InvitationWithdrawn event) {
        invitations.computeIfPresent(event.invitationId(), (id, invitation) -> invitation.end());
    }

    @EventSourcingHandler
    void on(InvitationExpired event) {
        invitations.computeIfPresent(event.invitationId(), (id, invitation) -> invitation.end());
    }

    @EventSourcingHandler
    void on(InvitationLapsed event) {
        invitations.computeIfPresent(event.invitationId(), (id, invitation) -> invitation.end());
    }

    @EventSourcingHandler
    void on(NetworkMemberLeft event) {
        network.remove(event.professionalId());
    }

    @EventSourcingHandler
    void on(NetworkMembershipEnded event) {
        network.remove(event.professionalId());
    }

    @EventSourcingHandler
    void on(ReviewRecorded event) {
        reviewIds.add(event.reviewId());
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        closed = true;
    }
}
