package fi.perhekeskus.web.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.accesslog.AccessEntry;
import fi.perhekeskus.accesslog.AccessLog;
import fi.perhekeskus.accesslog.AccessLogQuery;
import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.cases.CaseGate;
import fi.perhekeskus.web.commands.CorrelationIdFilter;
import fi.perhekeskus.web.problems.ActionNotAllowed;
import fi.perhekeskus.web.problems.InvalidReference;
import fi.perhekeskus.web.signin.SignedInProfessional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access log for a supervisor's review: the rows about their unit's cases and of their unit's
 * professionals, newest first. Reading it is an access too, and is logged like any other.
 */
@RestController
class AccessLogController {

    private final AccessLog log;
    private final ProfessionalRepository directory;
    private final CaseGate gate;
    private final TransactionTemplate transaction;

    AccessLogController(AccessLog log, ProfessionalRepository directory, CaseGate gate,
                        TransactionTemplate transaction) {
        this.log = log;
        this.directory = directory;
        this.gate = gate;
        this.transaction = transaction;
    }

    /**
     * api.md's access-log entry: ids, codes and names of professionals, never client data.
     *
     * @param displayName the professional's name in the directory now
     */
    record Entry(Instant at, UUID professionalId, String username, String displayName, ProfessionalRole role,
                 UUID unitId, UUID caseId, String view, String basis, Set<UUID> basisConsentIds, String outcome) {
    }

    @GetMapping("/api/v1/audit/access-log")
    PageResponse<Entry> entries(@RequestParam(required = false) UUID caseId,
                                @RequestParam(required = false) UUID professionalId,
                                @RequestParam(required = false) Instant from,
                                @RequestParam(required = false) Instant to,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                                @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        String view = CaseGate.viewOf(request);
        String correlationId = CorrelationIdFilter.of(request);
        if (me.role() != ProfessionalRole.SUPERVISOR) {
            gate.refuse(caseId, me, view, correlationId);
            throw new ActionNotAllowed("Only supervisors review the access log.");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidReference("to", "must be after from");
        }
        var query = new AccessLogQuery(Set.of(me.unitId()), caseId, professionalId, from, to);
        return transaction.execute(status -> {
            if (caseId != null) {
                gate.authorize(caseId, me, Set.of(Basis.SUPERVISION), view, correlationId);
            }
            var entries = log.search(query, PageRequest.of(page, size));
            gate.allowed(caseId, me, Basis.SUPERVISION, Set.of(), view, correlationId);
            Map<UUID, Professional> names = directory.findAllById(entries.getContent().stream()
                            .map(AccessEntry::professionalId).distinct().toList())
                    .stream().collect(Collectors.toMap(Professional::getId, Function.identity()));
            return PageResponse.of(entries, entry -> new Entry(entry.at(), entry.professionalId(), entry.username(),
                    names.containsKey(entry.professionalId()) ? names.get(entry.professionalId()).getDisplayName() : null,
                    entry.role(), entry.unitId(), entry.caseId(), entry.view(), entry.basis().name(),
                    entry.basisConsentIds(), entry.outcome().name()));
        });
    }
}
