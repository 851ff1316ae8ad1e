package fi.perhekeskus.web.audit;

import java.util.Locale;
import java.util.UUID;

import fi.perhekeskus.audit.history.HistoryEntry;
import fi.perhekeskus.audit.history.PlanHistory;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case's history, a page at a time: each event, who did it and when, in the reader's language. */
@RestController
class HistoryController {

    private final PlanHistory history;
    private final AuditReads reads;

    HistoryController(PlanHistory history, AuditReads reads) {
        this.history = history;
        this.reads = reads;
    }

    @GetMapping("/api/v1/cases/{caseId}/history")
    PageResponse<HistoryEntry> history(@PathVariable UUID caseId,
                                       @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.LAST_PAGE) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                                       @AuthenticationPrincipal SignedInProfessional me, Locale locale,
                                       RequestContext request) {
        return reads.read(caseId, me, request, () -> history.of(caseId, locale, PageRequest.of(page, size))
                .map(entries -> PageResponse.of(entries, entry -> entry)));
    }
}
