package fi.perhekeskus.web.cases;

import fi.perhekeskus.caselist.CaseListRow;
import fi.perhekeskus.caseview.InvitationToAnswer;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Each professional's lists: their cases, and the invitations waiting for their answer. */
@RestController
class CaseListController {

    private final CaseLists lists;

    CaseListController(CaseLists lists) {
        this.lists = lists;
    }

    /** The key worker's caseload, a specialist's memberships, or a supervisor's unit, newest first. */
    @GetMapping("/api/v1/cases")
    PageResponse<CaseListRow> cases(@RequestParam(required = false) CaseListRow.Status status,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.LAST_PAGE) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                    @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return lists.cases(status, page, size, me, request);
    }

    /** What the caller has been invited to and not yet answered: the needs, as consent lets them see them. */
    @GetMapping("/api/v1/invitations")
    PageResponse<InvitationToAnswer> invitations(@RequestParam(defaultValue = "0") @Min(0)
                                                 @Max(PageResponse.LAST_PAGE) int page,
                                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                                 @AuthenticationPrincipal SignedInProfessional me,
                                                 RequestContext request) {
        return lists.invitations(page, size, me, request);
    }
}
