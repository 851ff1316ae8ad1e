package fi.perhekeskus.accesslog;

import io.micrometer.core.instrument.Metrics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes access-log rows. A row is written in the transaction that reads or changes the case
 * (propagation MANDATORY), so no data leaves, and no change is kept, without its row.
 */
@Component
public class AccessLog {

    private final JdbcTemplate jdbc;

    AccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AccessEntry entry) {
        jdbc.update("""
                INSERT INTO access_log (professional_id, username, role, case_id, view_or_command, basis,
                                        consent_ids, outcome, correlation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?::uuid[], ?, ?)""",
                entry.professionalId(), entry.username(), entry.role(), entry.caseId(), entry.view(), entry.basis(),
                entry.consentIds().stream().map(Object::toString).toArray(String[]::new), entry.outcome().name(),
                entry.correlationId());
        // The global registry: Spring Boot's actuator adds its registries to it where there is one.
        Metrics.counter("familycentre.access_log.writes", "outcome", entry.outcome().name()).increment();
    }
}
