package fi.perhekeskus.web.audit;

import java.time.Instant;
import java.util.UUID;

import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.input.SupportedDate;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access log for a supervisor's review: their unit's rows, newest first; reading it is logged too. */
@RestController
class AccessLogController {

    private final AccessLogReview review;

    AccessLogController(AccessLogReview review) {
        this.review = review;
    }

    @GetMapping("/api/v1/audit/access-log")
    PageResponse<AccessLogReview.Entry> entries(@RequestParam(required = false) UUID caseId,
                                                @RequestParam(required = false) UUID professionalId,
                                                @RequestParam(required = false) @SupportedDate Instant from,
                                                @RequestParam(required = false) @SupportedDate Instant to,
                                                @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.LAST_PAGE) int page,
                                                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                                                @AuthenticationPrincipal SignedInProfessional me,
                                                RequestContext request) {
        return review.entries(caseId, professionalId, from, to, page, size, me, request);
    }
}
