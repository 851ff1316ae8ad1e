package fi.perhekeskus.web.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.PlanRuleViolation;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** Which failures tell a client to try again (503), as the fault campaign met them. */
class DatabaseOutageCausesTest {

    @Test
    void aConnectionThatBrokeIsAnOutageWhereverItIsWrapped() {
        var broken = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(DatabaseOutage.causedBy(new InternalAuthenticationServiceException("sign-in",
                new RuntimeException(broken)))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("canceling statement due to statement timeout", "57014")))
                .isTrue();
    }

    /** The pool's closed connection has no SQL state; the failed rollback hides the error that said why. */
    @Test
    void aRollbackThatFailedOnAClosedConnectionIsAnOutage() {
        var rollback = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        assertThat(DatabaseOutage.causedBy(new InternalAuthenticationServiceException("sign-in", rollback))).isTrue();
    }

    @Test
    void aBrokenRuleOrAConstraintIsNoOutage() {
        assertThat(DatabaseOutage.causedBy(new PlanRuleViolation(PlanRule.NEED_NOT_AGREED, "need"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    }
}
