package fi.perhekeskus.caselist;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.caselist.CaseListRow.Status;
import fi.perhekeskus.directory.ProfessionalRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A professional's case list, one query per page. Which cases are listed, their key worker and
 * status come from {@code case_access} and {@code case_member}, which the commands keep current;
 * the key worker's figures come from the {@code case-list} tables, and a case that processor has
 * not reached yet is not listed until it has.
 */
@Component
public class CaseListQuery {

    /** A key worker's own cases, and those where another key worker invited them as a specialist. */
    private static final String KEY_WORKER = """
            SELECT a.case_id, 'KEY_WORKER' AS relation FROM case_access a WHERE a.key_worker_id = :me
            UNION ALL
            SELECT m.case_id, 'MEMBERSHIP' FROM case_member m WHERE m.professional_id = :me""";
    private static final String SPECIALIST = """
            SELECT m.case_id, 'MEMBERSHIP' AS relation FROM case_member m WHERE m.professional_id = :me""";
    private static final String SUPERVISOR = """
            SELECT a.case_id, 'SUPERVISION' AS relation FROM case_access a WHERE a.unit_id = :unit""";

    /**
     * The counts are read for the key worker's own rows only: no one else's row shows them. The
     * children are named as the case view has them now: those who joined, corrected, and not those
     * who left.
     */
    private static final String ROWS = """
            SELECT c.case_id, c.relation, a.closed, a.unit_id, a.key_worker_id, p.username, p.display_name,
                   l.opened_at, l.next_review_on,
                   ARRAY(SELECT m.display_name FROM case_view_family_member m
                         WHERE m.case_id = c.case_id AND m.role = 'CHILD' AND m.left_at IS NULL
                         ORDER BY m.ordinal) AS children,
                   CASE WHEN c.relation = 'KEY_WORKER' THEN
                       (SELECT count(*) FROM case_list_need n WHERE n.case_id = c.case_id) END AS open_needs,
                   CASE WHEN c.relation = 'KEY_WORKER' THEN
                       (SELECT count(*) FROM case_list_need n WHERE n.case_id = c.case_id AND n.awaiting) END
                       AS awaiting_agreement,
                   CASE WHEN c.relation = 'KEY_WORKER' THEN
                       (SELECT count(*) FROM case_list_invitation i WHERE i.case_id = c.case_id) END
                       AS pending_invitations,
                   CASE WHEN c.relation = 'KEY_WORKER' THEN
                       (SELECT count(*) FROM case_list_action t WHERE t.case_id = c.case_id AND t.due_date < :today)
                       END AS overdue_actions
            """;
    private static final String FROM = """
            FROM (%s) c
            JOIN case_access a ON a.case_id = c.case_id
            JOIN case_list_case l ON l.case_id = c.case_id
            LEFT JOIN professional p ON p.id = a.key_worker_id
            WHERE (CAST(:closed AS BOOLEAN) IS NULL OR a.closed = :closed)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CaseListQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param status null for all
     * @param today  the day against which actions are overdue
     */
    @Transactional(readOnly = true)
    public Page<CaseListRow> list(UUID professionalId, ProfessionalRole role, UUID unitId, Status status,
                                  LocalDate today, Pageable page) {
        String cases = switch (role) {
            case KEY_WORKER -> KEY_WORKER;
            case SPECIALIST -> SPECIALIST;
            case SUPERVISOR -> SUPERVISOR;
        };
        var parameters = new MapSqlParameterSource()
                .addValue("me", professionalId)
                .addValue("unit", unitId)
                .addValue("today", today)
                .addValue("closed", status == null ? null : status == Status.CLOSED)
                .addValue("limit", page.getPageSize())
                .addValue("offset", page.getOffset());
        String from = FROM.formatted(cases);
        List<CaseListRow> rows = jdbc.query(ROWS + from + " ORDER BY l.opened_at DESC, c.case_id LIMIT :limit OFFSET :offset",
                parameters, CaseListQuery::row);
        Long total = jdbc.queryForObject("SELECT count(*) " + from, parameters, Long.class);
        return new PageImpl<>(rows, page, total);
    }

    private static CaseListRow row(ResultSet row, int number) throws SQLException {
        var relation = Basis.valueOf(row.getString("relation"));
        boolean keyWorker = relation == Basis.KEY_WORKER;
        return new CaseListRow(row.getObject("case_id", UUID.class), relation,
                row.getBoolean("closed") ? Status.CLOSED : Status.OPEN, row.getObject("unit_id", UUID.class),
                new CaseListRow.KeyWorker(row.getObject("key_worker_id", UUID.class), row.getString("username"),
                        row.getString("display_name")),
                row.getObject("opened_at", OffsetDateTime.class).toInstant(),
                keyWorker ? children(row.getArray("children")) : List.of(),
                count(row, "open_needs"), count(row, "awaiting_agreement"), count(row, "pending_invitations"),
                count(row, "overdue_actions"),
                keyWorker ? row.getObject("next_review_on", LocalDate.class) : null);
    }

    private static List<String> children(Array names) throws SQLException {
        return Arrays.asList((String[]) names.getArray());
    }

    private static Integer count(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Math.toIntExact(value);
    }
}
