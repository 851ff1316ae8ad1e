package fi.perhekeskus.web.cases;

import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.web.problems.ActionNotAllowed;
import fi.perhekeskus.web.signin.SignedInProfessional;
import jakarta.servlet.http.HttpServletRequest;
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

    private final CaseCommands commands;
    private final CaseCommandMapper mapper;
    private final Directory directory;

    CaseOpeningController(CaseCommands commands, CaseCommandMapper mapper, Directory directory) {
        this.commands = commands;
        this.mapper = mapper;
        this.directory = directory;
    }

    /** The case belongs to its key worker's unit. */
    @PostMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> open(@Valid @RequestBody CaseRequests.OpenCase body,
                                @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        UUID caseId = UUID.randomUUID();
        return commands.run(() -> {
            if (me.role() != ProfessionalRole.KEY_WORKER) {
                throw new ActionNotAllowed("Only a key worker opens cases.");
            }
            return Basis.KEY_WORKER;
        }, caseId, me, request, body, basis -> {
            var keyWorker = directory.requireKeyWorker(
                    body.keyWorkerId() == null ? me.professionalId() : body.keyWorkerId(), "keyWorkerId");
            return mapper.openCase(caseId, keyWorker.getId(), keyWorker.getUnitId(), body);
        }, caseId).toEntity();
    }
}
