package fi.perhekeskus.accesslog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.accesslog.Disclosure.Kind;
import fi.perhekeskus.plan.api.LegalBasis;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the disclosure log in the caller's transaction, and reads it for the family's report. */
@Service
public class DisclosureLog {

    private static final String COLUMNS = """
            at, case_id, recipient_professional_id, recipient_unit_id, recipient_participant_id, legal_basis, \
            plan_item_id, consent_ids, member_ids, need_ids, what, correlation_id""";

    private final NamedParameterJdbcTemplate jdbc;

    DisclosureLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In the transaction that lets the data cross, which must exist: kept exactly when it is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Disclosure disclosure) {
        insert(disclosure, null);
    }

    /**
     * The disclosure a plan event made, once however often the event is applied: a rebuilt view
     * applies every event again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOnce(UUID eventId, Disclosure disclosure) {
        insert(disclosure, Objects.requireNonNull(eventId, "eventId"));
    }

    private void insert(Disclosure disclosure, UUID eventId) {
        jdbc.update("INSERT INTO disclosure_log (" + COLUMNS + """
                , source_event_id) VALUES (:at, :caseId, :recipientId, :recipientUnitId, :participantId, :legalBasis, \
                :planItemId, :consentIds, :memberIds, :needIds, :what, :correlationId, :eventId) \
                ON CONFLICT (source_event_id) DO NOTHING""",
                new MapSqlParameterSource()
                        .addValue("at", Columns.timestamp(disclosure.at()))
                        .addValue("caseId", disclosure.caseId())
                        .addValue("recipientId", disclosure.recipientId(), Types.OTHER)
                        .addValue("recipientUnitId", disclosure.recipientUnitId(), Types.OTHER)
                        .addValue("participantId", disclosure.participantId(), Types.OTHER)
                        .addValue("legalBasis", disclosure.legalBasis() == null ? null : disclosure.legalBasis().name(),
                                Types.VARCHAR)
                        .addValue("planItemId", disclosure.planItemId(), Types.OTHER)
                        .addValue("consentIds", Columns.uuids(disclosure.consentIds()))
                        .addValue("memberIds", Columns.uuids(disclosure.memberIds()))
                        .addValue("needIds", Columns.uuids(disclosure.needIds()))
                        .addValue("what", disclosure.what().name())
                        .addValue("correlationId", disclosure.correlationId())
                        .addValue("eventId", eventId, Types.OTHER));
    }

    /**
     * A case's disclosures from {@code from} (inclusive) to {@code to} (exclusive), oldest first as
     * a report reads.
     *
     * @param memberId only those of this family member's data; {@code null} for the whole family
     */
    @Transactional(readOnly = true)
    public List<Disclosure> disclosuresFor(UUID caseId, UUID memberId, Instant from, Instant to) {
        Objects.requireNonNull(caseId, "caseId");
        if (!Objects.requireNonNull(from, "from").isBefore(Objects.requireNonNull(to, "to"))) {
            throw new IllegalArgumentException("from must be before to");
        }
        var parameters = new MapSqlParameterSource()
                .addValue("caseId", caseId)
                .addValue("from", Columns.timestamp(from))
                .addValue("to", Columns.timestamp(to));
        var member = "";
        if (memberId != null) {
            member = " AND member_ids @> :memberIds";
            parameters.addValue("memberIds", Columns.uuids(Set.of(memberId)));
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM disclosure_log WHERE case_id = :caseId AND at >= :from"
                + " AND at < :to" + member + " ORDER BY at, id", parameters, DisclosureLog::disclosure);
    }

    private static Disclosure disclosure(ResultSet row, int rowNumber) throws SQLException {
        String legalBasis = row.getString("legal_basis");
        return new Disclosure(Columns.instant(row, "at"), row.getObject("case_id", UUID.class),
                row.getObject("recipient_professional_id", UUID.class), row.getObject("recipient_unit_id", UUID.class),
                row.getObject("recipient_participant_id", UUID.class),
                legalBasis == null ? null : LegalBasis.valueOf(legalBasis), row.getObject("plan_item_id", UUID.class),
                Columns.uuids(row, "consent_ids"), Columns.uuids(row, "member_ids"), Columns.uuids(row, "need_ids"),
                Kind.valueOf(row.getString("what")), row.getString("correlation_id"));
    }
}
