package fi.perhekeskus.web.cases;

import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAccessQuery;
import fi.perhekeskus.access.CaseAction;
import fi.perhekeskus.access.ProfessionalAction;
import fi.perhekeskus.plan.api.AcceptInvitation;
import fi.perhekeskus.plan.api.AddFamilyMember;
import fi.perhekeskus.plan.api.ApprovePlan;
import fi.perhekeskus.plan.api.RecordFamilyLanguage;
import fi.perhekeskus.plan.api.WithdrawInvitation;
import fi.perhekeskus.web.commands.CommandResponse;
import fi.perhekeskus.web.commands.RequestContext;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.signin.SignedInProfessional;
import org.springframework.stereotype.Component;

/**
 * The plan's commands on an existing case, one method each, for the API and the pages alike: who
 * may send it, and what it becomes. The caller has checked the body's shape.
 */
@Component
class CasePlanCommands {

    private final CaseCommands commands;
    private final CaseCommandMapper mapper;
    private final Directory directory;
    private final CaseAccessQuery access;
    private final CaseGate gate;
    private final CaseReads reads;

    CasePlanCommands(CaseCommands commands, CaseCommandMapper mapper, Directory directory, CaseAccessQuery access,
                     CaseGate gate, CaseReads reads) {
        this.commands = commands;
        this.mapper = mapper;
        this.directory = directory;
        this.access = access;
        this.gate = gate;
        this.reads = reads;
    }

    /**
     * For the key worker themself or another key worker; the case belongs to the key worker's unit.
     * Answered with the key worker's view of the new case.
     */
    CommandResponse open(CaseRequests.OpenCase body, SignedInProfessional me, RequestContext request) {
        UUID caseId = UUID.randomUUID();
        return commands.run(() -> {
            gate.admit(null, me, ProfessionalAction.OPEN_CASE, request);
            return Basis.KEY_WORKER;
        }, caseId, me, request, body, basis -> {
            var keyWorker = directory.requireKeyWorker(
                    body.keyWorkerId() == null ? me.professionalId() : body.keyWorkerId(), "keyWorkerId");
            return mapper.openCase(caseId, keyWorker.getId(), keyWorker.getUnitId(), body);
        }, caseId, (created, version) -> reads.opened(created));
    }

    CommandResponse accept(UUID invitationId, SignedInProfessional me, RequestContext request) {
        UUID caseId = caseOf(invitationId, me, request);
        return commands.run(caseId, me, request, CaseAction.ANSWER_INVITATION, Basis.INVITATION, invitationId,
                basis -> new AcceptInvitation(caseId, invitationId, me.professionalId()));
    }

    CommandResponse decline(UUID invitationId, CaseRequests.RequiredReason body, SignedInProfessional me,
                            RequestContext request) {
        UUID caseId = caseOf(invitationId, me, request);
        return commands.run(caseId, me, request, CaseAction.ANSWER_INVITATION, Basis.INVITATION, body,
                basis -> mapper.decline(caseId, invitationId, me.professionalId(), body));
    }

    /**
     * An invitation is addressed by its own id; to anyone but its specialist, and once answered, it
     * does not exist. Anyone else's attempt is logged as refused.
     */
    UUID caseOf(UUID invitationId, SignedInProfessional me, RequestContext request) {
        return access.caseOfPendingInvitation(invitationId, me.professionalId()).orElseThrow(() -> {
            gate.refuse(access.caseOfPendingInvitation(invitationId).orElse(null), me, Basis.NONE, request);
            return new CaseNotVisible();
        });
    }

    CommandResponse recordLanguage(UUID caseId, CaseRequests.FamilyLanguage body,
                                   SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.RECORD_FAMILY_LANGUAGE, body,
                basis -> new RecordFamilyLanguage(caseId, mapper.language(body)), null);
    }

    /** Someone joins the family; the server chooses their id. */
    CommandResponse addMember(UUID caseId, CaseRequests.Member body, SignedInProfessional me, RequestContext request) {
        UUID memberId = UUID.randomUUID();
        return commands.run(caseId, me, request, CaseAction.ADD_FAMILY_MEMBER, body,
                basis -> new AddFamilyMember(caseId, mapper.joining(memberId, body)), memberId);
    }

    CommandResponse memberLeaves(UUID caseId, UUID memberId, CaseRequests.MemberLeaving body,
                                 SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.END_FAMILY_MEMBERSHIP, body,
                basis -> mapper.leaving(caseId, memberId, body), null);
    }

    CommandResponse correctMember(UUID caseId, UUID memberId, CaseRequests.MemberCorrection body,
                                  SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.CORRECT_FAMILY_MEMBER, body,
                basis -> mapper.correction(caseId, memberId, body), null);
    }

    CommandResponse handOver(UUID caseId, CaseRequests.HandOver body,
                             SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.HAND_OVER, body, basis -> {
            directory.requireKeyWorker(body.newKeyWorkerId(), "newKeyWorkerId");
            return mapper.handOver(caseId, body);
        }, null);
    }

    CommandResponse recordNeed(UUID caseId, CaseRequests.RecordNeed body,
                               SignedInProfessional me, RequestContext request) {
        UUID needId = UUID.randomUUID();
        return commands.run(caseId, me, request, CaseAction.RECORD_NEED, body,
                basis -> mapper.recordNeed(caseId, needId, body), needId);
    }

    CommandResponse reviseNeed(UUID caseId, UUID needId, CaseRequests.ReviseNeed body,
                               SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.REVISE_NEED, body,
                basis -> mapper.reviseNeed(caseId, needId, body), null);
    }

    CommandResponse agreement(UUID caseId, UUID needId, CaseRequests.Agreement body,
                              SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.RECORD_AGREEMENT, body,
                basis -> mapper.agreement(caseId, needId, body), null);
    }

    CommandResponse closeNeed(UUID caseId, UUID needId, CaseRequests.NeedClosure body,
                              SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.CLOSE_NEED, body,
                basis -> mapper.closeNeed(caseId, needId, body), null);
    }

    CommandResponse childView(UUID caseId, CaseRequests.ChildView body,
                              SignedInProfessional me, RequestContext request) {
        UUID viewId = UUID.randomUUID();
        return commands.run(caseId, me, request, CaseAction.RECORD_CHILD_VIEW, body,
                basis -> mapper.childView(caseId, viewId, body), viewId);
    }

    CommandResponse action(UUID caseId, CaseRequests.Action body, SignedInProfessional me, RequestContext request) {
        UUID actionId = UUID.randomUUID();
        return commands.run(caseId, me, request, CaseAction.PLAN_ACTION, body,
                basis -> mapper.action(caseId, actionId, body), actionId);
    }

    /** The key worker, or the network member responsible for the action (the plan checks which). */
    CommandResponse completeAction(UUID caseId, UUID actionId, CaseRequests.Note body,
                                   SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.COMPLETE_ACTION, body,
                basis -> mapper.completion(caseId, actionId, me.professionalId(), body), null);
    }

    CommandResponse consent(UUID caseId, CaseRequests.Consent body,
                            SignedInProfessional me, RequestContext request) {
        UUID consentId = UUID.randomUUID();
        return commands.run(caseId, me, request, CaseAction.RECORD_CONSENT, body,
                basis -> mapper.consent(caseId, consentId, body), consentId);
    }

    CommandResponse withdrawConsent(UUID caseId, UUID consentId, CaseRequests.ConsentWithdrawal body,
                                    SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.WITHDRAW_CONSENT, body,
                basis -> mapper.withdrawal(caseId, consentId, body), null);
    }

    CommandResponse invite(UUID caseId, CaseRequests.Invitation body,
                           SignedInProfessional me, RequestContext request) {
        UUID invitationId = UUID.randomUUID();
        return commands.run(caseId, me, request, CaseAction.INVITE, body, basis -> {
            UUID unit = directory.requireActive(body.specialistId(), "specialistId").getUnitId();
            return mapper.invitation(caseId, invitationId, unit, body);
        }, invitationId);
    }

    CommandResponse withdrawInvitation(UUID caseId, UUID invitationId,
                                       SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.WITHDRAW_INVITATION, invitationId,
                basis -> new WithdrawInvitation(caseId, invitationId), null);
    }

    /** A member leaves, or the key worker ends someone's membership. */
    CommandResponse departure(UUID caseId, UUID professionalId, CaseRequests.Reason body,
                              SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.END_MEMBERSHIP, body,
                basis -> mapper.departure(caseId, professionalId, me.professionalId(), body), null);
    }

    CommandResponse review(UUID caseId, CaseRequests.Review body, SignedInProfessional me, RequestContext request) {
        UUID reviewId = UUID.randomUUID();
        return commands.run(caseId, me, request, CaseAction.RECORD_REVIEW, body,
                basis -> mapper.review(caseId, reviewId, body), reviewId);
    }

    CommandResponse approve(UUID caseId, CaseRequests.Approval body,
                            SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.RECORD_APPROVAL, body,
                basis -> new ApprovePlan(caseId, body.approvedBy(), body.version()), null);
    }

    CommandResponse close(UUID caseId, CaseRequests.RequiredReason body,
                          SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.CLOSE_CASE, body,
                basis -> mapper.closeCase(caseId, body), null);
    }
}
