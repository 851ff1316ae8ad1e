package fi.perhekeskus.caseview;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fi.perhekeskus.access.Caller;
import fi.perhekeskus.directory.DirectoryNames;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day's work across a professional's open cases, read from the case view, which the plan's
 * commands keep current: what is overdue or due this week, what waits for the family or a
 * specialist, and what is coming within {@link #HORIZON_DAYS} days. A key worker's come from their
 * own cases, a supervisor's from every case of their unit, and a network member's are their own
 * support actions on the needs consent lets them see now.
 */
@Component
@Transactional(readOnly = true)
public class WorkQuery {

    /** How far ahead reviews and consents' end dates are listed: time to arrange the next meeting. */
    public static final int HORIZON_DAYS = 30;

    private static final String OPEN_CASES_OF_KEY_WORKER =
            "SELECT case_id FROM case_view_case WHERE status = 'OPEN' AND key_worker_id = :me";
    private static final String OPEN_CASES_OF_UNIT =
            "SELECT case_id FROM case_view_case WHERE status = 'OPEN' AND unit_id = :unit";

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseViewQuery views;
    private final DirectoryNames directory;

    WorkQuery(NamedParameterJdbcTemplate jdbc, CaseViewQuery views, DirectoryNames directory) {
        this.jdbc = jdbc;
        this.views = views;
        this.directory = directory;
    }

    /** The key worker's own open cases. */
    public Work ofKeyWorker(UUID keyWorkerId, LocalDate today) {
        return of(OPEN_CASES_OF_KEY_WORKER, new MapSqlParameterSource("me", keyWorkerId), today);
    }

    /** Every open case of the supervisor's unit. */
    public Work ofUnit(UUID unitId, LocalDate today) {
        return of(OPEN_CASES_OF_UNIT, new MapSqlParameterSource("unit", unitId), today);
    }

    /**
     * A network member's own open support actions that are overdue or due this week, on the needs
     * consent lets them see at {@code now}: the action itself names its need.
     */
    public Work ofMember(Caller member, LocalDate today, Instant now) {
        var parameters = new MapSqlParameterSource("me", member.professionalId())
                .addValue("weekEnd", endOfWeek(today));
        List<WorkItem> candidates = jdbc.query("""
                SELECT a.case_id, a.id, a.need_id, a.description, a.due_date
                FROM case_view_support_action a
                JOIN case_view_case c ON c.case_id = a.case_id AND c.status = 'OPEN'
                JOIN case_view_network_member m ON m.case_id = a.case_id AND m.professional_id = :me
                WHERE a.status = 'OPEN' AND a.responsible_kind = 'NETWORK_MEMBER' AND a.responsible_id = :me
                  AND a.due_date <= :weekEnd
                ORDER BY a.due_date, a.ordinal""", parameters, (row, number) -> new WorkItem(
                row.getObject("case_id", UUID.class), actionKind(row.getObject("due_date", LocalDate.class), today),
                row.getObject("id", UUID.class), row.getObject("need_id", UUID.class), row.getString("description"),
                row.getObject("due_date", LocalDate.class), null));
        var seen = new LinkedHashMap<UUID, Sight>();
        candidates.forEach(item -> seen.computeIfAbsent(item.caseId(), caseId -> views.decide(caseId, member, now)));
        List<WorkItem> visible = candidates.stream()
                .filter(item -> seen.get(item.caseId()).needIds().contains(item.needId()))
                .toList();
        var access = new LinkedHashMap<UUID, Set<UUID>>();
        var families = new LinkedHashMap<UUID, Work.Family>();
        visible.forEach(item -> access.computeIfAbsent(item.caseId(), caseId -> {
            CaseView shown = views.view(caseId, seen.get(caseId).visibility()).orElseThrow();
            families.put(caseId, new Work.Family(shown.family().members().stream().map(CaseView.Member::displayName)
                    .toList(), shown.keyWorker() == null ? null : shown.keyWorker().displayName()));
            return seen.get(caseId).consentIds();
        }));
        return new Work(visible, families, access);
    }

    private Work of(String cases, MapSqlParameterSource parameters, LocalDate today) {
        parameters.addValue("today", today)
                .addValue("weekEnd", endOfWeek(today))
                .addValue("horizon", today.plusDays(HORIZON_DAYS));
        var items = new ArrayList<WorkItem>();
        items.addAll(jdbc.query("""
                SELECT a.case_id, a.id, a.need_id, a.description, a.due_date FROM case_view_support_action a
                WHERE a.case_id IN (%s) AND a.status = 'OPEN' AND a.due_date <= :weekEnd
                ORDER BY a.due_date, a.ordinal""".formatted(cases), parameters, (row, number) -> new WorkItem(
                row.getObject("case_id", UUID.class), actionKind(row.getObject("due_date", LocalDate.class), today),
                row.getObject("id", UUID.class), row.getObject("need_id", UUID.class), row.getString("description"),
                row.getObject("due_date", LocalDate.class), null)));
        items.addAll(jdbc.query("""
                SELECT n.case_id, n.id, n.description FROM case_view_need n
                WHERE n.case_id IN (%s) AND n.status = 'PROPOSED' ORDER BY n.ordinal""".formatted(cases), parameters,
                (row, number) -> new WorkItem(row.getObject("case_id", UUID.class), WorkItem.Kind.NEED_AWAITING_ANSWER,
                        row.getObject("id", UUID.class), row.getObject("id", UUID.class), row.getString("description"),
                        null, null)));
        var whomOf = new HashMap<UUID, UUID>();
        items.addAll(jdbc.query("""
                SELECT i.case_id, i.id, i.respond_by, i.specialist_id FROM case_view_invitation i
                WHERE i.case_id IN (%s) AND i.status = 'PENDING' ORDER BY i.respond_by""".formatted(cases), parameters,
                (row, number) -> {
                    whomOf.put(row.getObject("id", UUID.class), row.getObject("specialist_id", UUID.class));
                    return new WorkItem(row.getObject("case_id", UUID.class), WorkItem.Kind.INVITATION_WAITING,
                            row.getObject("id", UUID.class), null, null, row.getObject("respond_by", LocalDate.class),
                            null);
                }));
        items.addAll(jdbc.query("""
                SELECT DISTINCT ON (r.case_id) r.case_id, r.id, r.next_review_on FROM case_view_review r
                WHERE r.case_id IN (%s) ORDER BY r.case_id, r.ordinal DESC""".formatted(cases), parameters,
                (row, number) -> new WorkItem(row.getObject("case_id", UUID.class), WorkItem.Kind.REVIEW_COMING,
                        row.getObject("id", UUID.class), null, null, row.getObject("next_review_on", LocalDate.class),
                        null)).stream()
                .filter(review -> !review.date().isAfter(today.plusDays(HORIZON_DAYS)))
                .toList());
        items.addAll(jdbc.query("""
                SELECT s.case_id, s.id, s.valid_until, m.display_name AS given_by, s.recipient_id
                FROM case_view_consent s
                JOIN case_view_family_member m ON m.case_id = s.case_id AND m.id = s.given_by
                WHERE s.case_id IN (%s) AND s.status = 'ACTIVE' AND s.decision = 'GRANT'
                  AND s.valid_until >= :today AND s.valid_until <= :horizon
                ORDER BY s.valid_until""".formatted(cases), parameters,
                (row, number) -> {
                    whomOf.put(row.getObject("id", UUID.class), row.getObject("recipient_id", UUID.class));
                    return new WorkItem(row.getObject("case_id", UUID.class), WorkItem.Kind.CONSENT_ENDING,
                            row.getObject("id", UUID.class), null, row.getString("given_by"),
                            row.getObject("valid_until", LocalDate.class), null);
                }));
        var access = new LinkedHashMap<UUID, Set<UUID>>();
        items.forEach(item -> access.put(item.caseId(), Set.of()));
        var keyWorkerOf = new HashMap<UUID, UUID>();
        if (!access.isEmpty()) {
            jdbc.query("SELECT case_id, key_worker_id FROM case_view_case WHERE case_id IN (:cases)",
                    new MapSqlParameterSource("cases", access.keySet()), row -> {
                        keyWorkerOf.put(row.getObject("case_id", UUID.class), row.getObject("key_worker_id", UUID.class));
                    });
        }
        Map<UUID, String> named = directory.named(Stream.concat(whomOf.values().stream(), keyWorkerOf.values().stream())
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        items.replaceAll(item -> whomOf.containsKey(item.itemId()) ? item.naming(named.get(whomOf.get(item.itemId())))
                : item);
        var keyWorkers = new HashMap<UUID, String>();
        keyWorkerOf.forEach((caseId, keyWorkerId) -> keyWorkers.put(caseId, named.get(keyWorkerId)));
        return new Work(items, families(access.keySet(), keyWorkers), access);
    }

    private static WorkItem.Kind actionKind(LocalDate due, LocalDate today) {
        return due.isBefore(today) ? WorkItem.Kind.ACTION_OVERDUE : WorkItem.Kind.ACTION_DUE;
    }

    /** The last day of the week that {@code today} is in, Monday to Sunday as in Finland. */
    static LocalDate endOfWeek(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    private Map<UUID, Work.Family> families(Collection<UUID> caseIds, Map<UUID, String> keyWorkers) {
        var names = new LinkedHashMap<UUID, List<String>>();
        if (!caseIds.isEmpty()) {
            jdbc.query("""
                    SELECT case_id, display_name FROM case_view_family_member WHERE case_id IN (:cases)
                    ORDER BY case_id, ordinal""", new MapSqlParameterSource("cases", caseIds), row -> {
                names.computeIfAbsent(row.getObject("case_id", UUID.class), caseId -> new ArrayList<>())
                        .add(row.getString("display_name"));
            });
        }
        var families = new LinkedHashMap<UUID, Work.Family>();
        caseIds.forEach(caseId -> families.put(caseId,
                new Work.Family(names.getOrDefault(caseId, List.of()), keyWorkers.get(caseId))));
        return families;
    }
}
