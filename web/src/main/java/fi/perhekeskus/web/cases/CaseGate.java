package fi.perhekeskus.web.cases;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAccessQuery;
import fi.perhekeskus.access.CaseAction;
import fi.perhekeskus.access.ProfessionalAction;
import fi.perhekeskus.accesslog.AccessEntry;
import fi.perhekeskus.accesslog.AccessEntry.Outcome;
import fi.perhekeskus.accesslog.AccessLog;
import fi.perhekeskus.web.commands.RequestContext;
import fi.perhekeskus.web.problems.ActionNotAllowed;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.signin.SignedInProfessional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The door to a case, deciding by the one table of {@link CaseAction}: someone with no business
 * with the case learns nothing, not even that it exists (404); someone who may see it but not do
 * this gets 403. Both are written to the access log in a transaction of their own, so that the
 * refusal stays on record while the request fails.
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

    /** Where the caller stands in the case now, from the access data the commands keep current. */
    public Basis basis(UUID caseId, SignedInProfessional me) {
        return access.basis(caseId, me.caller());
    }

    /** May the caller do this with the case? The refusal, if any, is logged and thrown. */
    public Basis admit(UUID caseId, SignedInProfessional me, CaseAction action, RequestContext request) {
        Basis basis = basis(caseId, me);
        admit(caseId, me, action, basis, request);
        return basis;
    }

    /** As {@link #admit(UUID, SignedInProfessional, CaseAction, RequestContext)}, standing where {@code basis} says. */
    public void admit(UUID caseId, SignedInProfessional me, CaseAction action, Basis basis, RequestContext request) {
        action.refusal(basis).ifPresent(refusal -> {
            refuse(caseId, me, basis, request);
            throw switch (refusal) {
                case NOT_VISIBLE -> new CaseNotVisible();
                case NOT_ALLOWED -> new ActionNotAllowed("Your place in this case (" + basis + ") does not allow this.");
            };
        });
    }

    /**
     * May the caller do this by their role? A refusal is logged against the case it concerned; one
     * that concerned no case touched no client data and is not an access.
     */
    public void admit(UUID caseId, SignedInProfessional me, ProfessionalAction action, RequestContext request) {
        if (!action.allows(me.role())) {
            if (caseId != null) {
                refuse(caseId, me, Basis.NONE, request);
            }
            throw new ActionNotAllowed("Your role (" + me.role() + ") does not allow this.");
        }
    }

    /** An allowed access, in the caller's transaction: kept exactly when what it did is kept. */
    public void allowed(UUID caseId, SignedInProfessional me, Basis basis, Set<UUID> consentIds, RequestContext request) {
        log.record(entry(caseId, me, request, basis, consentIds, Outcome.ALLOWED));
    }

    /** A case a list showed, and on what basis. */
    public record Shown(UUID caseId, Basis basis, Set<UUID> consentIds) {
    }

    /** A list read: one row per case it shows, in the caller's transaction, as for a single case. */
    public void listed(SignedInProfessional me, List<Shown> shown, RequestContext request) {
        if (!shown.isEmpty()) {
            log.recordAll(shown.stream()
                    .map(row -> entry(row.caseId(), me, request, row.basis(), row.consentIds(), Outcome.ALLOWED))
                    .toList());
        }
    }

    /** A refusal, kept with the relation the caller had ({@link Basis#NONE} for none). */
    public void refuse(UUID caseId, SignedInProfessional me, Basis basis, RequestContext request) {
        ownTransaction.executeWithoutResult(status ->
                log.record(entry(caseId, me, request, basis, Set.of(), Outcome.REFUSED)));
    }

    private AccessEntry entry(UUID caseId, SignedInProfessional me, RequestContext request, Basis basis,
                              Set<UUID> consentIds, Outcome outcome) {
        return new AccessEntry(clock.instant(), me.professionalId(), me.username(), me.role(), me.unitId(), caseId,
                request.view(), basis, consentIds, outcome, request.correlationId());
    }
}
