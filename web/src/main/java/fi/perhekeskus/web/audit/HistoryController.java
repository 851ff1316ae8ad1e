package fi.perhekeskus.web.audit;

import static fi.perhekeskus.access.Basis.KEY_WORKER;
import static fi.perhekeskus.access.Basis.SUPERVISION;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.audit.history.HistoryEntry;
import fi.perhekeskus.audit.history.PlanHistory;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.cases.CaseGate;
import fi.perhekeskus.web.commands.CorrelationIdFilter;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.signin.SignedInProfessional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's history for its key worker and the supervisors of its unit: every event, who did it and
 * when, in the reader's language. A network member may see the case but not its history (403);
 * anyone else is told there is no such case.
 */
@RestController
class HistoryController {

    private static final Set<Basis> AUDITORS = Set.of(KEY_WORKER, SUPERVISION);

    private final PlanHistory history;
    private final CaseGate gate;
    private final TransactionTemplate transaction;

    HistoryController(PlanHistory history, CaseGate gate, TransactionTemplate transaction) {
        this.history = history;
        this.gate = gate;
        this.transaction = transaction;
    }

    @GetMapping("/api/v1/cases/{caseId}/history")
    PageResponse<HistoryEntry> history(@PathVariable UUID caseId,
                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                                       @AuthenticationPrincipal SignedInProfessional me, Locale locale,
                                       HttpServletRequest request) {
        String view = CaseGate.viewOf(request);
        String correlationId = CorrelationIdFilter.of(request);
        return transaction.execute(status -> {
            Basis basis = gate.authorize(caseId, me, AUDITORS, view, correlationId);
            gate.allowed(caseId, me, basis, Set.of(), view, correlationId);
            var entries = history.of(caseId, locale, PageRequest.of(page, size));
            if (entries.getTotalElements() == 0) {
                throw new CaseNotVisible();
            }
            return PageResponse.of(entries, entry -> entry);
        });
    }
}
