package fi.perhekeskus.web.cases;

import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAccessQuery;
import fi.perhekeskus.access.CaseAction;
import fi.perhekeskus.access.ProfessionalAction;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.plan.api.AcceptInvitation;
import fi.perhekeskus.plan.api.AddExternalParticipant;
import fi.perhekeskus.plan.api.AddFamilyMember;
import fi.perhekeskus.plan.api.ApprovePlan;
import fi.perhekeskus.plan.api.ContactDetails;
import fi.perhekeskus.plan.api.RecordContactDetails;
import fi.perhekeskus.plan.api.EarlierCase;
import fi.perhekeskus.plan.api.RecordFamilyLanguage;
import fi.perhekeskus.plan.api.RecordNeedConfidentiality;
import fi.perhekeskus.plan.api.RecordNonDisclosure;
import fi.perhekeskus.plan.api.RecordLegalDisclosure;
import fi.perhekeskus.plan.api.RemoveExternalParticipant;
import fi.perhekeskus.plan.api.TellExternalParticipant;
import fi.perhekeskus.plan.api.WithdrawInvitation;
import fi.perhekeskus.plan.api.WithholdChildView;
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
            return mapper.openCase(caseId, keyWorker.getId(), keyWorker.getUnitId(), earlier(body, me, request), body);
        }, caseId, (created, version) -> reads.opened(created));
    }

    /** The earlier case as the caller reads it (404 for one they may not read, and logged as a read). */
    private EarlierCase earlier(CaseRequests.OpenCase body, SignedInProfessional me, RequestContext request) {
        if (body.earlierCaseId() == null) {
            return null;
        }
        CaseView earlier = reads.view(body.earlierCaseId(), me, request);
        return new EarlierCase(earlier.id(), earlier.status() == CaseView.Status.CLOSED);
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

    /** Blank parts are none: a form's empty field clears what was recorded. */
    CommandResponse contactDetails(UUID caseId, UUID memberId, CaseRequests.ContactDetails body,
                                   SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.RECORD_CONTACT_DETAILS, body,
                basis -> new RecordContactDetails(caseId, memberId, new ContactDetails(given(body.phone()),
                        given(body.email()), given(body.address()))), null);
    }

    CommandResponse nonDisclosure(UUID caseId, UUID memberId, CaseRequests.NonDisclosure body,
                                  SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.RECORD_NON_DISCLOSURE, body,
                basis -> new RecordNonDisclosure(caseId, memberId, body.marked(), body.note()), null);
    }

    CommandResponse confidentiality(UUID caseId, UUID needId, CaseRequests.Confidentiality body,
                                    SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.RECORD_NEED_CONFIDENTIALITY, body,
                basis -> new RecordNeedConfidentiality(caseId, needId, body.decidedBy(), body.confidential(),
                        body.note()), null);
    }

    CommandResponse withholding(UUID caseId, UUID viewId, CaseRequests.Withholding body,
                                SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.WITHHOLD_CHILD_VIEW, body,
                basis -> new WithholdChildView(caseId, viewId,
                        body.withheldFrom() == null ? Set.of() : body.withheldFrom(), body.note()), null);
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    CommandResponse addParticipant(UUID caseId, CaseRequests.ExternalParticipant body, SignedInProfessional me,
                                   RequestContext request) {
        UUID participantId = UUID.randomUUID();
        return commands.run(caseId, me, request, CaseAction.ADD_EXTERNAL_PARTICIPANT, body,
                basis -> new AddExternalParticipant(caseId, participantId, body.name(), body.organisation(),
                        body.kind()), participantId);
    }

    CommandResponse removeParticipant(UUID caseId, UUID participantId, CaseRequests.Reason body,
                                      SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.REMOVE_EXTERNAL_PARTICIPANT, body,
                basis -> new RemoveExternalParticipant(caseId, participantId, body.reason()), null);
    }

    CommandResponse tellParticipant(UUID caseId, UUID participantId, CaseRequests.Telling body,
                                    SignedInProfessional me, RequestContext request) {
        UUID disclosureId = UUID.randomUUID();
        return commands.run(caseId, me, request, CaseAction.TELL_EXTERNAL_PARTICIPANT, body,
                basis -> new TellExternalParticipant(caseId, disclosureId, participantId, body.needIds(), body.told(),
                        body.toldOn()), disclosureId);
    }

    CommandResponse legalDisclosure(UUID caseId, CaseRequests.LegalDisclosure body, SignedInProfessional me,
                                    RequestContext request) {
        UUID disclosureId = UUID.randomUUID();
        return commands.run(caseId, me, request, CaseAction.RECORD_LEGAL_DISCLOSURE, body,
                basis -> new RecordLegalDisclosure(caseId, disclosureId, body.legalBasis(), body.provision(),
                        body.recipient(), body.memberIds(),
                        body.needIds() == null ? Set.of() : body.needIds(), body.disclosed(), body.disclosedOn()),
                disclosureId);
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

    CommandResponse close(UUID caseId, CaseRequests.CaseClosure body,
                          SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.CLOSE_CASE, body,
                basis -> mapper.closeCase(caseId, body), null);
    }

    CommandResponse reopen(UUID caseId, CaseRequests.RequiredReason body,
                           SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.REOPEN_CASE, body,
                basis -> mapper.reopen(caseId, body), null);
    }

    CommandResponse goal(UUID caseId, UUID needId, CaseRequests.Goal body,
                         SignedInProfessional me, RequestContext request) {
        return commands.run(caseId, me, request, CaseAction.SET_GOAL, body,
                basis -> mapper.goal(caseId, needId, body), null);
    }
}
