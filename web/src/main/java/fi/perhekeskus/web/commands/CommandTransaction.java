package fi.perhekeskus.web.commands;

import java.util.UUID;
import java.util.function.Supplier;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One request's work on a case (who may act, the access-log row, the Idempotency-Key, the command
 * itself) as one Axon unit of work that owns the database transaction.
 *
 * <p>The unit of work, not an outer Spring transaction, must own it: Axon releases a plan's lock
 * and keeps the plan in memory when its unit of work cleans up, which with an outer transaction
 * came before the commit, so the next command on the same plan decided on changes that were not
 * committed and might still roll back. Here the command's own unit of work nests in this one, and
 * its lock is released only after this one has committed or rolled back.
 *
 * <p>Commands on one case are also serialised in PostgreSQL by a transaction-scoped advisory lock
 * taken first, so that across application instances too the second command, and the check of who
 * may send it, see only what the first committed. A plan that another instance changed since this
 * one kept it in memory is caught by the event store's unique sequence numbers; the attempt then
 * rolls back (dropping the kept copy) and runs again on the stored plan.
 */
@Component
public class CommandTransaction {

    /** Each retry follows a change that was committed in between, so more than a few means a storm. */
    static final int ATTEMPTS = 5;

    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;

    CommandTransaction(TransactionManager transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public <T> T run(UUID caseId, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(caseId, work);
            } catch (ConcurrencyException overtaken) {
                if (attempt == ATTEMPTS) {
                    throw overtaken;
                }
            }
        }
    }

    private <T> T once(UUID caseId, Supplier<T> work) {
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        ResultMessage<T> result = unitOfWork.executeWithResult(() -> {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", lockKey(caseId));
            return work.get();
        });
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure);
        }
        return result.getPayload();
    }

    /** Two cases sharing a key only wait for each other needlessly. */
    private static long lockKey(UUID caseId) {
        return caseId.getMostSignificantBits() ^ caseId.getLeastSignificantBits();
    }
}
