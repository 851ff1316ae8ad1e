package fi.perhekeskus.testing;

import java.util.function.Supplier;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements the current thread prepares. Hibernate's own statistics count every
 * thread's, and the event processors work in the background, so they cannot say what one read cost.
 * Registered for the tests as {@code hibernate.session_factory.statement_inspector}.
 */
public final class StatementCounter implements StatementInspector {

    private static final ThreadLocal<long[]> COUNTING = new ThreadLocal<>();

    /** How many statements {@code work} prepared on this thread. */
    public static long count(Supplier<?> work) {
        long[] counted = {0};
        COUNTING.set(counted);
        try {
            work.get();
            return counted[0];
        } finally {
            COUNTING.remove();
        }
    }

    @Override
    public String inspect(String sql) {
        long[] counted = COUNTING.get();
        if (counted != null) {
            counted[0]++;
        }
        return sql;
    }
}
