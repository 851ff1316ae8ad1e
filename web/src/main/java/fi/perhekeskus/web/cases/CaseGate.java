package fi.perhekeskus.web.cases;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAccessQuery;
import fi.perhekeskus.accesslog.AccessBasis;
import fi.perhekeskus.accesslog.AccessEntry;
import fi.perhekeskus.accesslog.AccessEntry.Outcome;
import fi.perhekeskus.accesslog.AccessLog;
import fi.perhekeskus.web.problems.ActionNotAllowed;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.signin.SignedInProfessional;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The door to a case: someone with no business with it learns nothing, not even that it exists
 * (404); someone who may see it but not do this gets 403. Both are written to the access log in a
 * transaction of their own, so that the refusal stays on record while the request fails.
 */
@Component
public class CaseGate {

    private final CaseAccessQuery access;
    private final AccessLog log;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    CaseGate(CaseAccessQuery access, AccessLog log, PlatformTransactionManager transactions, Clock clock) {
        this.access = access;
        this.log = log;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Basis authorize(UUID caseId, SignedInProfessional me, Set<Basis> allowed, String view, String correlationId) {
        var basis = access.basis(caseId, me.professionalId(), me.role(), me.unitId());
        if (basis.isEmpty()) {
            refuse(caseId, me, view, correlationId);
            throw new CaseNotVisible();
        }
        if (!allowed.contains(basis.get())) {
            refuse(caseId, me, AccessBasis.of(basis.get()), view, correlationId);
            throw new ActionNotAllowed("Your role in this case (" + basis.get() + ") may not do this.");
        }
        return basis.get();
    }

    /** An allowed access, in the caller's transaction: kept exactly when what it did is kept. */
    public void allowed(UUID caseId, SignedInProfessional me, Basis basis, Set<UUID> consentIds, String view,
                 String correlationId) {
        log.record(entry(caseId, me, view, AccessBasis.of(basis), consentIds, Outcome.ALLOWED, correlationId));
    }

    /** A case a list showed, and on what basis. */
    record Shown(UUID caseId, AccessBasis basis, Set<UUID> consentIds) {
    }

    /** A list read: one row per case it shows, in the caller's transaction, as for a single case. */
    void listed(SignedInProfessional me, List<Shown> shown, String view, String correlationId) {
        if (!shown.isEmpty()) {
            log.recordAll(shown.stream()
                    .map(row -> entry(row.caseId(), me, view, row.basis(), row.consentIds(), Outcome.ALLOWED,
                            correlationId))
                    .toList());
        }
    }

    /** Someone with no business with the case. */
    public void refuse(UUID caseId, SignedInProfessional me, String view, String correlationId) {
        refuse(caseId, me, AccessBasis.NONE, view, correlationId);
    }

    /** Someone who may see the case, refused what they tried: the log keeps the relation they had. */
    void refuse(UUID caseId, SignedInProfessional me, AccessBasis basis, String view, String correlationId) {
        ownTransaction.executeWithoutResult(status ->
                log.record(entry(caseId, me, view, basis, Set.of(), Outcome.REFUSED, correlationId)));
    }

    private AccessEntry entry(UUID caseId, SignedInProfessional me, String view, AccessBasis basis,
                              Set<UUID> consentIds, Outcome outcome, String correlationId) {
        return new AccessEntry(clock.instant(), me.professionalId(), me.username(), me.role(), me.unitId(), caseId,
                view, basis, consentIds, outcome, correlationId);
    }

    /** The command or view as the access log names it: method and path pattern, no ids. */
    public static String viewOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
    }
}
