package fi.perhekeskus.web.audit;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAction;
import fi.perhekeskus.web.cases.CaseGate;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read of a case's history for its key worker or a supervisor of its unit (docs/domain.md: "plan
 * history, point-in-time plan, versions": key worker and supervisor). A network member may see the
 * case but not this (403); anyone else is told there is no such case (404). Allowed or not, the
 * read is in the access log; an allowed one in the transaction that reads. That transaction is
 * repeatable-read, so that the live view and the events a look back reads come from one snapshot.
 */
@Component
class AuditReads {

    private final CaseGate gate;
    private final TransactionTemplate transaction;

    AuditReads(CaseGate gate, PlatformTransactionManager transactions) {
        this.gate = gate;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** @param read empty when what was asked for does not exist: 404 */
    <T> T read(UUID caseId, SignedInProfessional me, RequestContext request, Supplier<Optional<T>> read) {
        return transaction.execute(status -> {
            Basis basis = gate.admit(caseId, me, CaseAction.LOOK_BACK, request);
            gate.allowed(caseId, me, basis, Set.of(), request);
            return read.get().orElseThrow(CaseNotVisible::new);
        });
    }
}
