package fi.perhekeskus.web.cases;

import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A key worker opens a case for a family, for themself or for another key worker. */
@RestController
class CaseOpeningController {

    private final CasePlanCommands commands;

    CaseOpeningController(CasePlanCommands commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> open(@Valid @RequestBody CaseRequests.OpenCase body,
                                @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return commands.open(body, me, request).toEntity();
    }
}
