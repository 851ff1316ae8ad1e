package fi.perhekeskus.web.cases;

import static fi.perhekeskus.access.Basis.KEY_WORKER;
import static fi.perhekeskus.access.Basis.MEMBERSHIP;
import static fi.perhekeskus.access.Basis.SUPERVISION;

import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.plan.api.ApprovePlan;
import fi.perhekeskus.plan.api.WithdrawInvitation;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.problems.ActionNotAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The commands of api.md on an existing case. Each answers with the case's new version in ETag. */
@RestController
@RequestMapping(path = "/api/v1/cases/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseCommandController {

    private static final Set<Basis> KEY_WORKER_ONLY = Set.of(KEY_WORKER);

    private final CaseCommands commands;
    private final CaseCommandMapper mapper;
    private final Directory directory;

    CaseCommandController(CaseCommands commands, CaseCommandMapper mapper, Directory directory) {
        this.commands = commands;
        this.mapper = mapper;
        this.directory = directory;
    }

    @PostMapping("/key-worker-handover")
    ResponseEntity<String> handOver(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.HandOver body,
                                    @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, Set.of(KEY_WORKER, SUPERVISION), body, basis -> {
            directory.requireKeyWorker(body.newKeyWorkerId(), "newKeyWorkerId");
            return mapper.handOver(caseId, body);
        }, null).toEntity();
    }

    @PostMapping("/needs")
    ResponseEntity<String> recordNeed(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.RecordNeed body,
                                      @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        UUID needId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.recordNeed(caseId, needId, body), needId).toEntity();
    }

    @PostMapping("/needs/{needId}/revision")
    ResponseEntity<String> reviseNeed(@PathVariable UUID caseId, @PathVariable UUID needId,
                                      @Valid @RequestBody CaseRequests.ReviseNeed body,
                                      @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.reviseNeed(caseId, needId, body), null).toEntity();
    }

    @PostMapping("/needs/{needId}/agreement")
    ResponseEntity<String> agreement(@PathVariable UUID caseId, @PathVariable UUID needId,
                                     @Valid @RequestBody CaseRequests.Agreement body,
                                     @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.agreement(caseId, needId, body), null).toEntity();
    }

    @PostMapping("/needs/{needId}/closure")
    ResponseEntity<String> closeNeed(@PathVariable UUID caseId, @PathVariable UUID needId,
                                     @Valid @RequestBody CaseRequests.NeedClosure body,
                                     @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.closeNeed(caseId, needId, body), null).toEntity();
    }

    @PostMapping("/child-views")
    ResponseEntity<String> childView(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.ChildView body,
                                     @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        UUID viewId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.childView(caseId, viewId, body), viewId).toEntity();
    }

    @PostMapping("/actions")
    ResponseEntity<String> action(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Action body,
                                  @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        UUID actionId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.action(caseId, actionId, body), actionId).toEntity();
    }

    /** The key worker, or the network member responsible for the action (the plan checks which). */
    @PostMapping("/actions/{actionId}/completion")
    ResponseEntity<String> completeAction(@PathVariable UUID caseId, @PathVariable UUID actionId,
                                          @Valid @RequestBody CaseRequests.Note body,
                                          @AuthenticationPrincipal SignedInProfessional me,
                                          HttpServletRequest request) {
        return commands.run(caseId, me, request, Set.of(KEY_WORKER, MEMBERSHIP), body,
                basis -> mapper.completion(caseId, actionId, me.professionalId(), body), null).toEntity();
    }

    @PostMapping("/consents")
    ResponseEntity<String> consent(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Consent body,
                                   @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        UUID consentId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.consent(caseId, consentId, body), consentId).toEntity();
    }

    @PostMapping("/consents/{consentId}/withdrawal")
    ResponseEntity<String> withdrawConsent(@PathVariable UUID caseId, @PathVariable UUID consentId,
                                           @Valid @RequestBody CaseRequests.ConsentWithdrawal body,
                                           @AuthenticationPrincipal SignedInProfessional me,
                                           HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.withdrawal(caseId, consentId, body), null).toEntity();
    }

    @PostMapping("/invitations")
    ResponseEntity<String> invite(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Invitation body,
                                  @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        UUID invitationId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body, basis -> {
            UUID unit = directory.requireActive(body.specialistId(), "specialistId").getUnitId();
            return mapper.invitation(caseId, invitationId, unit, body);
        }, invitationId).toEntity();
    }

    @PostMapping("/invitations/{invitationId}/withdrawal")
    ResponseEntity<String> withdrawInvitation(@PathVariable UUID caseId, @PathVariable UUID invitationId,
                                              @AuthenticationPrincipal SignedInProfessional me,
                                              HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, invitationId,
                basis -> new WithdrawInvitation(caseId, invitationId), null).toEntity();
    }

    /** A member leaves, or the key worker ends someone's membership. */
    @PostMapping("/members/{professionalId}/departure")
    ResponseEntity<String> departure(@PathVariable UUID caseId, @PathVariable UUID professionalId,
                                     @Valid @RequestBody CaseRequests.Reason body,
                                     @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, Set.of(KEY_WORKER, MEMBERSHIP), body, basis -> {
            if (basis == MEMBERSHIP && !professionalId.equals(me.professionalId())) {
                throw new ActionNotAllowed("A member can only leave the network themself.");
            }
            return mapper.departure(caseId, professionalId, me.professionalId(), body);
        }, null).toEntity();
    }

    @PostMapping("/reviews")
    ResponseEntity<String> review(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Review body,
                                  @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        UUID reviewId = UUID.randomUUID();
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.review(caseId, reviewId, body), reviewId).toEntity();
    }

    @PostMapping("/approvals")
    ResponseEntity<String> approve(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Approval body,
                                   @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> new ApprovePlan(caseId, body.approvedBy(), body.version()), null).toEntity();
    }

    @PostMapping("/closure")
    ResponseEntity<String> close(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.RequiredReason body,
                                 @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        return commands.run(caseId, me, request, KEY_WORKER_ONLY, body,
                basis -> mapper.closeCase(caseId, body), null).toEntity();
    }
}
