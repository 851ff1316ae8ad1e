package fi.perhekeskus.web.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAction;
import fi.perhekeskus.access.ProfessionalAction;
import fi.perhekeskus.accesslog.AccessEntry;
import fi.perhekeskus.accesslog.AccessLog;
import fi.perhekeskus.accesslog.AccessLogQuery;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.cases.CaseGate;
import fi.perhekeskus.web.cases.PlanNames;
import fi.perhekeskus.web.problems.InvalidReference;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log for a supervisor's review, for the API and the pages: the rows about their unit's cases and of their unit's
 * professionals, newest first. Reading it is an access too, and is logged like any other.
 */
@Component
class AccessLogReview {

    private final AccessLog log;
    private final ProfessionalRepository directory;
    private final CaseGate gate;
    private final TransactionTemplate transaction;
    private final CaseViewQuery views;

    AccessLogReview(AccessLog log, ProfessionalRepository directory, CaseGate gate,
                        TransactionTemplate transaction, CaseViewQuery views) {
        this.views = views;
        this.log = log;
        this.directory = directory;
        this.gate = gate;
        this.transaction = transaction;
    }

    /**
     * docs/api.md's access-log entry: ids, codes and names of professionals, never client data.
     *
     * @param displayName the professional's name in the directory now
     */
    record Entry(Instant at, UUID professionalId, String username, String displayName, ProfessionalRole role,
                 UUID unitId, UUID caseId, String view, String basis, Set<UUID> basisConsentIds, String outcome) {
    }

    PageResponse<Entry> entries(UUID caseId, UUID professionalId, Instant from, Instant to, int page, int size,
                                SignedInProfessional me, RequestContext request) {
        gate.admit(caseId, me, ProfessionalAction.REVIEW_ACCESS_LOG, request);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidReference("to", "must be after from");
        }
        var query = new AccessLogQuery(Set.of(me.unitId()), caseId, professionalId, from, to);
        return transaction.execute(status -> {
            if (caseId != null) {
                gate.admit(caseId, me, CaseAction.REVIEW_ACCESS_LOG, request);
            }
            var entries = log.search(query, PageRequest.of(page, size));
            gate.allowed(caseId, me, Basis.SUPERVISION, Set.of(), request);
            Map<UUID, Professional> names = directory.findAllById(entries.getContent().stream()
                            .map(AccessEntry::professionalId).distinct().toList())
                    .stream().collect(Collectors.toMap(Professional::getId, Function.identity()));
            return PageResponse.of(entries, entry -> new Entry(entry.at(), entry.professionalId(), entry.username(),
                    names.containsKey(entry.professionalId()) ? names.get(entry.professionalId()).getDisplayName() : null,
                    entry.role(), entry.unitId(), entry.caseId(), entry.view(), entry.basis().name(),
                    entry.basisConsentIds(), entry.outcome().name()));
        });
    }

    /**
     * The names of the families of the supervisor's unit, by case, for picking one: each is a case
     * shown, in the access log as a listed case.
     */
    Map<UUID, String> familiesOfUnit(SignedInProfessional me, RequestContext request) {
        return transaction.execute(status -> {
            Map<UUID, List<String>> families = views.familiesOfUnit(me.unitId());
            gate.listed(me, families.keySet().stream()
                    .map(caseId -> new CaseGate.Shown(caseId, Basis.SUPERVISION, Set.of())).toList(), request);
            var named = new LinkedHashMap<UUID, String>();
            families.forEach((caseId, members) -> named.put(caseId, PlanNames.family(members)));
            return named;
        });
    }
}
