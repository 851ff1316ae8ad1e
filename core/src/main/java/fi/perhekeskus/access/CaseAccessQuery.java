package fi.perhekeskus.access;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On what basis, if any, a professional may touch a case, and which cases their list shows. Read in
 * the caller's transaction, from data the commands keep current, so a decision never lags behind
 * the plan.
 */
@Component
public class CaseAccessQuery {

    /** A key worker's own cases, and those where another key worker invited them as a specialist. */
    private static final String KEY_WORKER = """
            SELECT a.case_id, 'KEY_WORKER' AS basis FROM case_access a WHERE a.key_worker_id = :me
            UNION ALL
            SELECT m.case_id, 'MEMBERSHIP' FROM case_member m WHERE m.professional_id = :me""";
    private static final String SPECIALIST = """
            SELECT m.case_id, 'MEMBERSHIP' AS basis FROM case_member m WHERE m.professional_id = :me""";
    private static final String SUPERVISOR = """
            SELECT a.case_id, 'SUPERVISION' AS basis FROM case_access a WHERE a.unit_id = :unit""";
    private static final String LISTED = """
            FROM (%s) c
            JOIN case_access a ON a.case_id = c.case_id
            WHERE (CAST(:closed AS BOOLEAN) IS NULL OR a.closed = :closed)
            """;

    private final EntityManager entityManager;
    private final NamedParameterJdbcTemplate jdbc;

    CaseAccessQuery(EntityManager entityManager, NamedParameterJdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** {@link Basis#NONE} when the case does not exist or the professional has no business with it. */
    public Basis basis(UUID caseId, Caller caller) {
        var access = entityManager.find(CaseAccess.class, caseId);
        if (access == null) {
            return Basis.NONE;
        }
        boolean member = !access.keyWorkerId().equals(caller.professionalId())
                && entityManager.find(CaseMember.class, new CaseMember.Key(caseId, caller.professionalId())) != null;
        return Basis.of(caller, access.keyWorkerId(), access.unitId(), member);
    }

    /**
     * The cases a professional's list shows, newest first: a key worker's own and those they are a
     * network member of, a specialist's memberships, a supervisor's unit's.
     *
     * @param closed null for all
     */
    public Page<CaseInList> listed(Caller caller, Boolean closed, Pageable page) {
        String cases = switch (caller.role()) {
            case KEY_WORKER -> KEY_WORKER;
            case SPECIALIST -> SPECIALIST;
            case SUPERVISOR -> SUPERVISOR;
        };
        var parameters = new MapSqlParameterSource()
                .addValue("me", caller.professionalId())
                .addValue("unit", caller.unitId())
                .addValue("closed", closed)
                .addValue("limit", page.getPageSize())
                .addValue("offset", page.getOffset());
        String from = LISTED.formatted(cases);
        List<CaseInList> rows = jdbc.query("""
                SELECT c.case_id, c.basis, a.closed, a.unit_id, a.key_worker_id, a.opened_at
                """ + from + " ORDER BY a.opened_at DESC, c.case_id LIMIT :limit OFFSET :offset", parameters,
                (row, number) -> new CaseInList(row.getObject("case_id", UUID.class),
                        Basis.valueOf(row.getString("basis")), row.getBoolean("closed"),
                        row.getObject("unit_id", UUID.class), row.getObject("key_worker_id", UUID.class),
                        row.getObject("opened_at", OffsetDateTime.class).toInstant()));
        Long total = jdbc.queryForObject("SELECT count(*) " + from, parameters, Long.class);
        return new PageImpl<>(rows, page, total);
    }

    /** Every case of these units, closed or not: what a supervisor's review of the access log covers. */
    public List<UUID> casesOfUnits(Collection<UUID> unitIds) {
        return jdbc.queryForList("SELECT case_id FROM case_access WHERE unit_id IN (:units)",
                new MapSqlParameterSource("units", unitIds), UUID.class);
    }

    /** The case of an invitation still waiting for this specialist; empty for anyone else. */
    public Optional<UUID> caseOfPendingInvitation(UUID invitationId, UUID specialistId) {
        return Optional.ofNullable(entityManager.find(PendingInvitation.class, invitationId))
                .filter(invitation -> invitation.specialistId().equals(specialistId))
                .map(PendingInvitation::caseId);
    }

    /**
     * The case of an invitation still waiting for an answer, whoever it is for: the case a refused
     * attempt to answer it is logged against. Never shown to the caller.
     */
    public Optional<UUID> caseOfPendingInvitation(UUID invitationId) {
        return Optional.ofNullable(entityManager.find(PendingInvitation.class, invitationId))
                .map(PendingInvitation::caseId);
    }
}
