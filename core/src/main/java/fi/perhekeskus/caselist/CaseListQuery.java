package fi.perhekeskus.caselist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAccessQuery;
import fi.perhekeskus.access.CaseInList;
import fi.perhekeskus.access.Caller;
import fi.perhekeskus.caselist.CaseListRow.Status;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.directory.DirectoryNames;
import fi.perhekeskus.directory.Professional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A professional's case list, a page at a time. Which cases are listed, where the professional
 * stands in each, its key worker and status come from the access data ({@link CaseAccessQuery#listed}),
 * which the commands keep current; the key worker's figures come from the {@code case-list} tables,
 * the children's names from the case view as it has them now (joined, corrected, not those who
 * left), and the key worker's name from the directory. A case the case-list processor has not
 * reached yet is listed without its next review until it has.
 */
@Component
public class CaseListQuery {

    /** The figures are read for the key worker's own rows only: no one else's row shows them. */
    private static final String FIGURES = """
            SELECT c.case_id, l.next_review_on,
                   (SELECT count(*) FROM case_list_need n WHERE n.case_id = c.case_id) AS open_needs,
                   (SELECT count(*) FROM case_list_need n WHERE n.case_id = c.case_id AND n.awaiting)
                       AS awaiting_agreement,
                   (SELECT count(*) FROM case_list_invitation i WHERE i.case_id = c.case_id) AS pending_invitations,
                   (SELECT count(*) FROM case_list_action t WHERE t.case_id = c.case_id AND t.due_date < :today)
                       AS overdue_actions
            FROM unnest(CAST(ARRAY[:cases] AS UUID[])) AS c(case_id)
            LEFT JOIN case_list_case l ON l.case_id = c.case_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseAccessQuery access;
    private final CaseViewQuery views;
    private final DirectoryNames directory;

    CaseListQuery(NamedParameterJdbcTemplate jdbc, CaseAccessQuery access, CaseViewQuery views,
                  DirectoryNames directory) {
        this.jdbc = jdbc;
        this.access = access;
        this.views = views;
        this.directory = directory;
    }

    /**
     * @param status null for all
     * @param today  the day against which actions are overdue
     */
    @Transactional(readOnly = true)
    public Page<CaseListRow> list(Caller caller, Status status, LocalDate today, Pageable page) {
        Page<CaseInList> listed = access.listed(caller, status == null ? null : status == Status.CLOSED, page);
        List<UUID> own = listed.getContent().stream().filter(row -> row.basis() == Basis.KEY_WORKER)
                .map(CaseInList::caseId).toList();
        var figures = new HashMap<UUID, Figures>();
        if (!own.isEmpty()) {
            Map<UUID, List<String>> children = views.childrenOf(own);
            jdbc.query(FIGURES, new MapSqlParameterSource("cases", own).addValue("today", today), row -> {
                UUID caseId = row.getObject("case_id", UUID.class);
                figures.put(caseId, Figures.of(row, children.getOrDefault(caseId, List.of())));
            });
        }
        Map<UUID, Professional> keyWorkers = directory.professionals(listed.getContent().stream()
                .map(CaseInList::keyWorkerId).collect(Collectors.toSet()));
        return listed.map(row -> row(row, keyWorkers.get(row.keyWorkerId()), figures.get(row.caseId())));
    }

    private static CaseListRow row(CaseInList listed, Professional keyWorker, Figures figures) {
        Figures shown = figures == null ? Figures.NONE : figures;
        return new CaseListRow(listed.caseId(), listed.basis(), listed.closed() ? Status.CLOSED : Status.OPEN,
                listed.unitId(), new CaseListRow.KeyWorker(listed.keyWorkerId(),
                        keyWorker == null ? null : keyWorker.getUsername(),
                        keyWorker == null ? null : keyWorker.getDisplayName()),
                listed.openedAt(), shown.children(), shown.openNeeds(), shown.awaitingAgreement(),
                shown.pendingInvitations(), shown.overdueActions(), shown.nextReviewOn());
    }

    /** What the key worker's row counts; nothing for anyone else's. */
    private record Figures(List<String> children, Integer openNeeds, Integer awaitingAgreement,
                           Integer pendingInvitations, Integer overdueActions, LocalDate nextReviewOn) {

        static final Figures NONE = new Figures(List.of(), null, null, null, null, null);

        static Figures of(ResultSet row, List<String> children) throws SQLException {
            return new Figures(children, count(row, "open_needs"), count(row, "awaiting_agreement"),
                    count(row, "pending_invitations"),
                    count(row, "overdue_actions"), row.getObject("next_review_on", LocalDate.class));
        }

        private static Integer count(ResultSet row, String column) throws SQLException {
            return Math.toIntExact(row.getLong(column));
        }
    }
}
