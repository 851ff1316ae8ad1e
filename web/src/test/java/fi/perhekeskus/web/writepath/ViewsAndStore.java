package fi.perhekeskus.web.writepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.perhekeskus.platform.axon.ProjectionRebuild;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a fault may never do to the stored truth and the views made from it, read straight from
 * PostgreSQL: no plan's event numbers repeat or skip, and each view holds exactly what a rebuild
 * from the events gives.
 */
final class ViewsAndStore {

    /** The subscribing views, which commands keep in their own transaction. */
    static final List<String> SUBSCRIBING = List.of("case-view", "case-access");

    private final JdbcTemplate jdbc;

    ViewsAndStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every table of the subscribing views that is keyed by case, as the views' own names tell. */
    private List<String> viewTables() {
        return jdbc.queryForList("""
                SELECT table_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name = 'case_id'
                  AND (table_name LIKE 'case\\_view\\_%' OR table_name IN ('case_access', 'case_member', 'pending_invitation'))
                ORDER BY table_name""", String.class);
    }

    /** The cases' rows in every view table, each row as JSON, in a stable order. */
    Map<String, List<String>> viewRows(Collection<UUID> cases) {
        var rows = new LinkedHashMap<String, List<String>>();
        UUID[] ids = cases.toArray(UUID[]::new);
        for (String table : viewTables()) {
            rows.put(table, jdbc.queryForList("SELECT row_to_json(t)::text AS r FROM " + table
                    + " t WHERE case_id = ANY(?) ORDER BY r", String.class, (Object) ids));
        }
        return rows;
    }

    /** The views, rebuilt from every stored event, equal the views as the commands left them. */
    void assertViewsEqualARebuild(Collection<UUID> cases, ProjectionRebuild rebuild) {
        var before = viewRows(cases);
        SUBSCRIBING.forEach(rebuild::rebuild);
        assertThat(viewRows(cases)).as("the views of %d cases after a rebuild from the events", cases.size())
                .isEqualTo(before);
    }

    /** Each plan's events are numbered 0, 1, 2... with no number taken twice or left out. */
    void assertEventsNumberedWithoutGaps(Collection<UUID> cases) {
        for (UUID caseId : cases) {
            List<Long> numbers = jdbc.queryForList("""
                    SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?
                    ORDER BY sequence_number""", Long.class, caseId.toString());
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).as("event %d of case %s", i, caseId).isEqualTo(i);
            }
        }
    }

    /** How many events each request caused, by its correlation id. */
    Map<String, Integer> eventsByCorrelationId() {
        var events = new HashMap<String, Integer>();
        jdbc.query("""
                SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' AS c, count(*) AS n
                FROM domain_event_entry GROUP BY 1""", row -> {
            events.put(row.getString("c"), row.getInt("n"));
        });
        return events;
    }

    /** How many events the request with this correlation id caused. */
    int eventsOf(String correlationId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = ?""", Integer.class, correlationId);
    }
}
