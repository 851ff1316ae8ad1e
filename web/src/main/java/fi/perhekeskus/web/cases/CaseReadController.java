package fi.perhekeskus.web.cases;

import java.util.UUID;

import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.web.commands.Versions;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own view of a case, and the key worker's preview of a specialist's. */
@RestController
class CaseReadController {

    private final CaseReads reads;

    CaseReadController(CaseReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/v1/cases/{caseId}")
    ResponseEntity<CaseView> view(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInProfessional me,
                                  RequestContext request) {
        return withVersion(reads.view(caseId, me, request));
    }

    /** Exactly what the specialist would see if they joined now: for the key worker, before inviting. */
    @GetMapping("/api/v1/cases/{caseId}/preview")
    ResponseEntity<CaseView> preview(@PathVariable UUID caseId, @RequestParam UUID specialistId,
                                     @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return withVersion(reads.preview(caseId, specialistId, me, request).shown());
    }

    private static ResponseEntity<CaseView> withVersion(CaseView view) {
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }
}
