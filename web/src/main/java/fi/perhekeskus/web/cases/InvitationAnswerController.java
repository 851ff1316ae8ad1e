package fi.perhekeskus.web.cases;

import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAccessQuery;
import fi.perhekeskus.plan.api.AcceptInvitation;
import fi.perhekeskus.web.commands.CorrelationIdFilter;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.signin.SignedInProfessional;
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

/**
 * The invited specialist answers. An invitation is addressed by its own id; to anyone but its
 * specialist, and once answered, it does not exist (404).
 */
@RestController
@RequestMapping(path = "/api/v1/invitations/{invitationId}", produces = MediaType.APPLICATION_JSON_VALUE)
class InvitationAnswerController {

    private final CaseAccessQuery access;
    private final CaseCommands commands;
    private final CaseCommandMapper mapper;
    private final CaseGate gate;

    InvitationAnswerController(CaseAccessQuery access, CaseCommands commands, CaseCommandMapper mapper,
                               CaseGate gate) {
        this.access = access;
        this.commands = commands;
        this.mapper = mapper;
        this.gate = gate;
    }

    @PostMapping("/acceptance")
    ResponseEntity<String> accept(@PathVariable UUID invitationId, @AuthenticationPrincipal SignedInProfessional me,
                                  HttpServletRequest request) {
        UUID caseId = caseOf(invitationId, me, request);
        return commands.run(() -> Basis.INVITATION, caseId, me, request, invitationId,
                basis -> new AcceptInvitation(caseId, invitationId, me.professionalId()), null).toEntity();
    }

    @PostMapping("/decline")
    ResponseEntity<String> decline(@PathVariable UUID invitationId,
                                   @Valid @RequestBody CaseRequests.RequiredReason body,
                                   @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        UUID caseId = caseOf(invitationId, me, request);
        return commands.run(() -> Basis.INVITATION, caseId, me, request, body,
                basis -> mapper.decline(caseId, invitationId, me.professionalId(), body), null).toEntity();
    }

    /** Only the invitee learns that the invitation exists; anyone else's attempt is logged as refused. */
    private UUID caseOf(UUID invitationId, SignedInProfessional me, HttpServletRequest request) {
        return access.caseOfPendingInvitation(invitationId, me.professionalId()).orElseThrow(() -> {
            gate.refuse(access.caseOfPendingInvitation(invitationId).orElse(null), me, CaseGate.viewOf(request),
                    CorrelationIdFilter.of(request));
            return new CaseNotVisible();
        });
    }
}
