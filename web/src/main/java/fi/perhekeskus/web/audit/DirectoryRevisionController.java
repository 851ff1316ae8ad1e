package fi.perhekeskus.web.audit;

import java.util.List;
import java.util.UUID;

import fi.perhekeskus.access.ProfessionalAction;
import fi.perhekeskus.directory.DirectoryRevisions;
import fi.perhekeskus.directory.ProfessionalRevision;
import fi.perhekeskus.web.problems.ActionNotAllowed;
import fi.perhekeskus.web.signin.SignedInProfessional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * How a professional's directory entry changed (role, unit, active), when and by whom: for
 * supervisors, who answer for who could see what and on which role. The directory holds no client
 * data, so these reads are not in the access log.
 */
@RestController
class DirectoryRevisionController {

    private final DirectoryRevisions revisions;

    DirectoryRevisionController(DirectoryRevisions revisions) {
        this.revisions = revisions;
    }

    @GetMapping("/api/v1/audit/directory/{professionalId}/revisions")
    List<ProfessionalRevision> revisions(@PathVariable UUID professionalId,
                                         @AuthenticationPrincipal SignedInProfessional me) {
        if (!ProfessionalAction.READ_DIRECTORY_REVISIONS.allows(me.role())) {
            throw new ActionNotAllowed("Only supervisors read the directory's revisions.");
        }
        List<ProfessionalRevision> found = revisions.of(professionalId);
        if (found.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such professional.");
        }
        return found;
    }
}
