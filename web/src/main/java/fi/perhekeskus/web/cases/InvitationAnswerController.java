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

/**
 * The invited specialist answers. An invitation is addressed by its own id; to anyone but its
 * specialist, and once answered, it does not exist (404).
 */
@RestController
@RequestMapping(path = "/api/v1/invitations/{invitationId}", produces = MediaType.APPLICATION_JSON_VALUE)
class InvitationAnswerController {

    private final CasePlanCommands commands;

    InvitationAnswerController(CasePlanCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/acceptance")
    ResponseEntity<String> accept(@PathVariable UUID invitationId, @AuthenticationPrincipal SignedInProfessional me,
                                  RequestContext request) {
        return commands.accept(invitationId, me, request).toEntity();
    }

    @PostMapping("/decline")
    ResponseEntity<String> decline(@PathVariable UUID invitationId,
                                   @Valid @RequestBody CaseRequests.RequiredReason body,
                                   @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.decline(invitationId, body, me, request).toEntity();
    }
}
