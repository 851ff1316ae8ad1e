package fi.perhekeskus.accesslog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAccessQuery;
import fi.perhekeskus.accesslog.AccessEntry.Outcome;
import fi.perhekeskus.directory.ProfessionalRole;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the access log in the caller's transaction, and searches it for supervisors. Reading the
 * log is an access too: the caller records its search like any other read.
 */
@Service
public class AccessLog {

    private static final String COLUMNS = """
            at, professional_id, username, role, unit_id, case_id, view_or_command, basis, basis_consent_ids, \
            outcome, correlation_id""";

    private static final String INSERT = "INSERT INTO access_log (" + COLUMNS + """
            ) VALUES (:at, :professionalId, :username, :role, :unitId, :caseId, :view, :basis, :basisConsentIds, \
            :outcome, :correlationId)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseAccessQuery access;
    private final Map<Outcome, Counter> writes = new EnumMap<>(Outcome.class);

    /** Without actuator there is no registry bean; the global one then counts for whoever reads it. */
    AccessLog(NamedParameterJdbcTemplate jdbc, CaseAccessQuery access, ObjectProvider<MeterRegistry> registry) {
        this.jdbc = jdbc;
        this.access = access;
        var meters = registry.getIfAvailable(() -> Metrics.globalRegistry);
        for (Outcome outcome : Outcome.values()) {
            writes.put(outcome, Counter.builder("familycentre.access_log.writes")
                    .description("Access-log rows kept, by outcome")
                    .tag("outcome", outcome.name())
                    .register(meters));
        }
    }

    /**
     * Writes the row in the caller's transaction, which must exist: the row is kept exactly when
     * the read or change it records is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AccessEntry entry) {
        recordAll(List.of(entry));
    }

    /** A list read: one row per case it showed, in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AccessEntry> entries) {
        jdbc.batchUpdate(INSERT, entries.stream().map(AccessLog::parameters).toArray(SqlParameterSource[]::new));
        // Counted once committed, so that the metric agrees with the table.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                entries.forEach(entry -> writes.get(entry.outcome()).increment());
            }
        });
    }

    /** Newest first, whatever sort {@code pageable} asks for: a review reads back from now. */
    @Transactional(readOnly = true)
    public Page<AccessEntry> search(AccessLogQuery query, Pageable pageable) {
        var parameters = new MapSqlParameterSource("unitIds", Columns.uuids(query.unitIds()))
                .addValue("unitCases", Columns.uuids(access.casesOfUnits(query.unitIds())));
        var where = new StringJoiner(" AND ", " WHERE ", "");
        // The case's unit is looked up at search time, where access decisions look it up: the row
        // of a case's opening is written before the case has a unit there.
        where.add("(unit_id = ANY(:unitIds) OR case_id = ANY(:unitCases))");
        if (query.caseId() != null) {
            where.add("case_id = :caseId");
            parameters.addValue("caseId", query.caseId());
        }
        if (query.professionalId() != null) {
            where.add("professional_id = :professionalId");
            parameters.addValue("professionalId", query.professionalId());
        }
        if (query.from() != null) {
            where.add("at >= :from");
            parameters.addValue("from", Columns.timestamp(query.from()));
        }
        if (query.to() != null) {
            where.add("at < :to");
            parameters.addValue("to", Columns.timestamp(query.to()));
        }
        var select = "SELECT " + COLUMNS + " FROM access_log" + where + " ORDER BY at DESC, id DESC";
        if (pageable.isPaged()) {
            select += " LIMIT :limit OFFSET :offset";
            parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        }
        var content = jdbc.query(select, parameters, AccessLog::entry);
        return PageableExecutionUtils.getPage(content, pageable,
                () -> jdbc.queryForObject("SELECT count(*) FROM access_log" + where, parameters, Long.class));
    }

    private static SqlParameterSource parameters(AccessEntry entry) {
        return new MapSqlParameterSource()
                .addValue("at", Columns.timestamp(entry.at()))
                .addValue("professionalId", entry.professionalId())
                .addValue("username", entry.username())
                .addValue("role", entry.role().name())
                .addValue("unitId", entry.unitId())
                // Typed, because the driver cannot tell what a null is meant to be.
                .addValue("caseId", entry.caseId(), Types.OTHER)
                .addValue("view", entry.view())
                .addValue("basis", entry.basis().name())
                .addValue("basisConsentIds", Columns.uuids(entry.basisConsentIds()))
                .addValue("outcome", entry.outcome().name())
                .addValue("correlationId", entry.correlationId());
    }

    private static AccessEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new AccessEntry(Columns.instant(row, "at"), row.getObject("professional_id", UUID.class),
                row.getString("username"), ProfessionalRole.valueOf(row.getString("role")),
                row.getObject("unit_id", UUID.class), row.getObject("case_id", UUID.class),
                row.getString("view_or_command"), Basis.valueOf(row.getString("basis")),
                Columns.uuids(row, "basis_consent_ids"), Outcome.valueOf(row.getString("outcome")),
                row.getString("correlation_id"));
    }
}
