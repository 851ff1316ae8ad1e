package fi.perhekeskus.web.cases;

import java.util.UUID;

import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The commands of docs/api.md on an existing case. Each answers with the case's new version in ETag. */
@RestController
@RequestMapping(path = "/api/v1/cases/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseCommandController {

    private final CasePlanCommands commands;

    CaseCommandController(CasePlanCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/family-language")
    ResponseEntity<String> recordLanguage(@PathVariable UUID caseId,
                                          @Valid @RequestBody CaseRequests.FamilyLanguage body,
                                          @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.recordLanguage(caseId, body, me, request).toEntity();
    }

    @PostMapping("/family-members")
    ResponseEntity<String> addMember(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Member body,
                                     @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.addMember(caseId, body, me, request).toEntity();
    }

    @PostMapping("/family-members/{memberId}/leaving")
    ResponseEntity<String> memberLeaves(@PathVariable UUID caseId, @PathVariable UUID memberId,
                                        @Valid @RequestBody CaseRequests.MemberLeaving body,
                                        @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.memberLeaves(caseId, memberId, body, me, request).toEntity();
    }

    @PostMapping("/family-members/{memberId}/correction")
    ResponseEntity<String> correctMember(@PathVariable UUID caseId, @PathVariable UUID memberId,
                                         @Valid @RequestBody CaseRequests.MemberCorrection body,
                                         @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.correctMember(caseId, memberId, body, me, request).toEntity();
    }

    @PostMapping("/key-worker-handover")
    ResponseEntity<String> handOver(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.HandOver body,
                                    @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.handOver(caseId, body, me, request).toEntity();
    }

    @PostMapping("/needs")
    ResponseEntity<String> recordNeed(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.RecordNeed body,
                                      @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.recordNeed(caseId, body, me, request).toEntity();
    }

    @PostMapping("/needs/{needId}/revision")
    ResponseEntity<String> reviseNeed(@PathVariable UUID caseId, @PathVariable UUID needId,
                                      @Valid @RequestBody CaseRequests.ReviseNeed body,
                                      @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.reviseNeed(caseId, needId, body, me, request).toEntity();
    }

    @PostMapping("/needs/{needId}/agreement")
    ResponseEntity<String> agreement(@PathVariable UUID caseId, @PathVariable UUID needId,
                                     @Valid @RequestBody CaseRequests.Agreement body,
                                     @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.agreement(caseId, needId, body, me, request).toEntity();
    }

    @PostMapping("/needs/{needId}/closure")
    ResponseEntity<String> closeNeed(@PathVariable UUID caseId, @PathVariable UUID needId,
                                     @Valid @RequestBody CaseRequests.NeedClosure body,
                                     @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.closeNeed(caseId, needId, body, me, request).toEntity();
    }

    @PostMapping("/child-views")
    ResponseEntity<String> childView(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.ChildView body,
                                     @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.childView(caseId, body, me, request).toEntity();
    }

    @PostMapping("/actions")
    ResponseEntity<String> action(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Action body,
                                  @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.action(caseId, body, me, request).toEntity();
    }

    /** The key worker, or the network member responsible for the action (the plan checks which). */
    @PostMapping("/actions/{actionId}/completion")
    ResponseEntity<String> completeAction(@PathVariable UUID caseId, @PathVariable UUID actionId,
                                          @Valid @RequestBody CaseRequests.Note body,
                                          @AuthenticationPrincipal SignedInProfessional me,
                                          RequestContext request) {
        return commands.completeAction(caseId, actionId, body, me, request).toEntity();
    }

    @PostMapping("/consents")
    ResponseEntity<String> consent(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Consent body,
                                   @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.consent(caseId, body, me, request).toEntity();
    }

    @PostMapping("/consents/{consentId}/withdrawal")
    ResponseEntity<String> withdrawConsent(@PathVariable UUID caseId, @PathVariable UUID consentId,
                                           @Valid @RequestBody CaseRequests.ConsentWithdrawal body,
                                           @AuthenticationPrincipal SignedInProfessional me,
                                           RequestContext request) {
        return commands.withdrawConsent(caseId, consentId, body, me, request).toEntity();
    }

    @PostMapping("/invitations")
    ResponseEntity<String> invite(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Invitation body,
                                  @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.invite(caseId, body, me, request).toEntity();
    }

    @PostMapping("/invitations/{invitationId}/withdrawal")
    ResponseEntity<String> withdrawInvitation(@PathVariable UUID caseId, @PathVariable UUID invitationId,
                                              @AuthenticationPrincipal SignedInProfessional me,
                                              RequestContext request) {
        return commands.withdrawInvitation(caseId, invitationId, me, request).toEntity();
    }

    /** A member leaves, or the key worker ends someone's membership. */
    @PostMapping("/members/{professionalId}/departure")
    ResponseEntity<String> departure(@PathVariable UUID caseId, @PathVariable UUID professionalId,
                                     @Valid @RequestBody CaseRequests.Reason body,
                                     @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.departure(caseId, professionalId, body, me, request).toEntity();
    }

    @PostMapping("/reviews")
    ResponseEntity<String> review(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Review body,
                                  @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.review(caseId, body, me, request).toEntity();
    }

    @PostMapping("/approvals")
    ResponseEntity<String> approve(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.Approval body,
                                   @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.approve(caseId, body, me, request).toEntity();
    }

    @PostMapping("/closure")
    ResponseEntity<String> close(@PathVariable UUID caseId, @Valid @RequestBody CaseRequests.RequiredReason body,
                                 @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.close(caseId, body, me, request).toEntity();
    }
}
