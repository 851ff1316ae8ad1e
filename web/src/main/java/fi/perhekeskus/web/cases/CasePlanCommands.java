package fi.perhekeskus.web.cases;

import static fi.perhekeskus.access.Basis.KEY_WORKER;
import static fi.perhekeskus.access.Basis.MEMBERSHIP;
import static fi.perhekeskus.access.Basis.SUPERVISION;

import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAccessQuery;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.plan.api.AcceptInvitation;
import fi.perhekeskus.plan.api.ApprovePlan;
import fi.perhekeskus.plan.api.WithdrawInvitation;
import fi.perhekeskus.web.commands.CommandResponse;
import fi.perhekeskus.web.commands.CorrelationIdFilter;
import fi.perhekeskus.web.problems.ActionNotAllowed;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.signin.SignedInProfessional;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The plan's commands on an existing case, one method each, for the API and the pages alike: who
 * may send it, and what it becomes. The caller has checked the body's shape.
 */
@Component
class CasePlanCommands {

    /** Who may send which command, by their place in the case: the pages' forms are refused alike. */
    static final Set<Basis> KEY_WORKER_ONLY = Set.of(KEY_WORKER);
    static final Set<Basis> KEY_WORKER_OR_SUPERVISOR = Set.of(KEY_WORKER, SUPERVISION);
    static final Set<Basis> KEY_WORKER_OR_MEMBER = Set.of(KEY_WORKER, MEMBERSHIP);

    private final CaseCommands commands;
    private final CaseCommandMapper mapper;
    private final Directory directory;
    private final CaseAccessQuery access;
    private final CaseGate gate;

    CasePlanCommands(CaseCommands commands, CaseCommandMapper mapper, Directory directory, CaseAccessQuery access,
                     CaseGate gate) {
        this.commands = commands;
        this.mapper = mapper;
        this.directory = directory;
        this.access = access;
        this.gate = gate;
    }

    /** For the key worker themself or another key worker; the case belongs to the key worker's unit. */
    CommandResponse open(CaseRequests.OpenCase body, SignedInProfessional me, HttpServletRequest request) {
        UUID caseId = UUID.randomUUID();
        return commands.run(() -> {
            requireKeyWorker(me);
            return Basis.KEY_WORKER;
        }, caseId, me, request, body, basis -> {
            var keyWorker = directory.requireKeyWorker(
                    body.keyWorkerId() == null ? me.professionalId() : body.keyWorkerId(), "keyWorkerId");
            return mapper.openCase(caseId, keyWorker.getId(), keyWorker.getUnitId(), body);
        }, caseId);
    }

    /** Only a key worker opens cases (and sees the form for it). */
    static void requireKeyWorker(SignedInProfessional me) {
        if (me.role() != ProfessionalRole.KEY_WORKER) {
            throw new ActionNotAllowed("Only a key worker opens cases.");
        }
    }

    CommandResponse accept(UUID invitationId, SignedInProfessional me, HttpServletRequest request) {
        UUID caseId = caseOf(invitationId, me, request);
        return commands.run(() -> Basis.INVITATION, caseId, me, request, invitationId,
                basis -> new AcceptInvitation(caseId, invitationId, me.professionalId()), null);
    }

    CommandResponse decline(UUID invitationId, CaseRequests.RequiredReason body, SignedInProfessional me,
                            HttpServletRequest request) {
        UUID caseId = caseOf(invitationId, me, request);
        return commands.run(() -> Basis.INVITATION, caseId, me, request, body,
                basis -> mapper.decline(caseId, invitationId, me.professionalId(), body), null);
    }

    /**
     * An invitation is addressed by its own id; to anyone but its specialist, and once answered, it
     * does not exist. Anyone else's attempt is logged as refused.
     */
    UUID caseOf(UUID invitationId, SignedInProfessional me, HttpServletRequest request) {
        return access.caseOfPendingInvitation(invitationId, me.professionalId()).orElseThrow(() -> {
            gate.refuse(access.caseOfPendingInvitation(invitationId).orElse(null), me, CaseGate.viewOf(request),
                    CorrelationIdFilter.of(request));
            return new CaseNotVisible();
        });
    }

    CommandResponse handOver(UUID caseId, CaseRequests.HandOver body,
                             SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_OR_SUPERVISOR, body, basis -> {
            directory.requireKeyWorker(body.newKeyWorkerId(), "newKeyWorkerId");
            return mapper.handOver(caseId, body);
        }, null);
    }

    CommandResponse recordNeed(UUID caseId, CaseRequests.RecordNeed body,
                               SignedInProfessional me, HttpServletRequest request) {
        UUID needId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.recordNeed(caseId, needId, body), needId);
    }

    CommandResponse reviseNeed(UUID caseId, UUID needId, CaseRequests.ReviseNeed body,
                               SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.reviseNeed(caseId, needId, body), null);
    }

    CommandResponse agreement(UUID caseId, UUID needId, CaseRequests.Agreement body,
                              SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.agreement(caseId, needId, body), null);
    }

    CommandResponse closeNeed(UUID caseId, UUID needId, CaseRequests.NeedClosure body,
                              SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.closeNeed(caseId, needId, body), null);
    }

    CommandResponse childView(UUID caseId, CaseRequests.ChildView body,
                              SignedInProfessional me, HttpServletRequest request) {
        UUID viewId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.childView(caseId, viewId, body), viewId);
    }

    CommandResponse action(UUID caseId, CaseRequests.Action body, SignedInProfessional me, HttpServletRequest request) {
        UUID actionId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.action(caseId, actionId, body), actionId);
    }

    /** The key worker, or the network member responsible for the action (the plan checks which). */
    CommandResponse completeAction(UUID caseId, UUID actionId, CaseRequests.Note body,
                                   SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_OR_MEMBER, body,
                basis -> mapper.completion(caseId, actionId, me.professionalId(), body), null);
    }

    CommandResponse consent(UUID caseId, CaseRequests.Consent body,
                            SignedInProfessional me, HttpServletRequest request) {
        UUID consentId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.consent(caseId, consentId, body), consentId);
    }

    CommandResponse withdrawConsent(UUID caseId, UUID consentId, CaseRequests.ConsentWithdrawal body,
                                    SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.withdrawal(caseId, consentId, body), null);
    }

    CommandResponse invite(UUID caseId, CaseRequests.Invitation body,
                           SignedInProfessional me, HttpServletRequest request) {
        UUID invitationId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body, basis -> {
            UUID unit = directory.requireActive(body.specialistId(), "specialistId").getUnitId();
            return mapper.invitation(caseId, invitationId, unit, body);
        }, invitationId);
    }

    CommandResponse withdrawInvitation(UUID caseId, UUID invitationId,
                                       SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, invitationId,
                basis -> new WithdrawInvitation(caseId, invitationId), null);
    }

    /** A member leaves, or the key worker ends someone's membership. */
    CommandResponse departure(UUID caseId, UUID professionalId, CaseRequests.Reason body,
                              SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_OR_MEMBER, body, basis -> {
            if (!mayEndMembershipOf(professionalId, basis, me)) {
                throw new ActionNotAllowed("A member can only leave the network themself.");
            }
            return mapper.departure(caseId, professionalId, me.professionalId(), body);
        }, null);
    }

    /** The key worker ends anyone's membership; a member only leaves themself. */
    static boolean mayEndMembershipOf(UUID professionalId, Basis basis, SignedInProfessional me) {
        return basis == KEY_WORKER || basis == MEMBERSHIP && professionalId.equals(me.professionalId());
    }

    CommandResponse review(UUID caseId, CaseRequests.Review body, SignedInProfessional me, HttpServletRequest request) {
        UUID reviewId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.review(caseId, reviewId, body), reviewId);
    }

    CommandResponse approve(UUID caseId, CaseRequests.Approval body,
                            SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> new ApprovePlan(caseId, body.approvedBy(), body.version()), null);
    }

    CommandResponse close(UUID caseId, CaseRequests.RequiredReason body,
                          SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.closeCase(caseId, body), null);
    }
}
