package fi.perhekeskus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The SQL statements one {@code RecordNeed} executes, as PostgreSQL's statement log has them, made
 * into a pgbench script: the design's own minimum, run without the application around it.
 *
 * <p>The statements are the captured ones with their parameters in place. Only what must differ
 * between transactions for them to succeed is replaced by pgbench variables: the case (each client
 * has its own, as each Gatling client works on its own families), the advisory lock's key (the
 * client's number), the new need's id, the event's id and sequence number. One statement is added
 * in front to fetch those: a primary-key read.
 */
final class StatementCapture {

    private static final Pattern STATEMENT = Pattern.compile("(?s)^(?:execute [^:]+|statement): (.*)$");
    private static final Pattern NEED_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final int ATTEMPTS = 3;
    private static final Duration LOG_LATENCY = Duration.ofSeconds(5);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']|'')*')");

    /** The statements in order, each with its parameters in place, and the need the command recorded. */
    record Captured(List<String> statements, String needId) {
    }

    private StatementCapture() {
    }

    /**
     * A server reloading its configuration tells each connection by a signal, and the log collector
     * writes behind: a command sent right after may be left out of the log, or be written late. It
     * is looked for a while, and sent again if it is not there.
     */
    static Captured recordNeed(RunningApplication application, Workload workload, Workload.Family family) {
        PGSimpleDataSource superuser = application.superuser();
        setLogStatement(superuser, "'all'");
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                String answer = workload.post("/api/v1/cases/" + family.caseId() + "/needs", Workload.recordNeed(family), 201);
                Matcher need = NEED_ID.matcher(answer);
                if (!need.find()) {
                    throw new IllegalStateException("No need's id in the answer " + answer);
                }
                for (long until = System.nanoTime() + LOG_LATENCY.toNanos(); System.nanoTime() < until; pause()) {
                    List<String> statements = transactionWith(application.postgresLog(), family.caseId(), need.group(1));
                    if (!statements.isEmpty()) {
                        return new Captured(statements, need.group(1));
                    }
                }
            }
        } finally {
            setLogStatement(superuser, "DEFAULT");
        }
        throw new IllegalStateException("No transaction of the command in " + application.postgresLog());
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void setLogStatement(PGSimpleDataSource superuser, String value) {
        try (var connection = superuser.getConnection(); var sql = connection.createStatement()) {
            sql.execute("ALTER SYSTEM SET log_statement = " + value);
            sql.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The logged transaction, to its commit, that appended an event to the case and wrote the need; empty if none is. */
    private static List<String> transactionWith(Path csvLog, String caseId, String needId) {
        Map<String, List<String>> byTransaction = new LinkedHashMap<>();
        for (List<String> row : csv(csvLog)) {
            if (row.size() < 15) {
                continue;
            }
            Matcher statement = STATEMENT.matcher(row.get(13));
            if (!statement.matches()) {
                continue;
            }
            // session id and virtual transaction id: one transaction of one connection
            String transaction = row.get(5) + "/" + row.get(9);
            byTransaction.computeIfAbsent(transaction, key -> new ArrayList<>())
                    .add(withParameters(statement.group(1), row.get(14)));
        }
        List<String> found = List.of();
        for (List<String> statements : byTransaction.values()) {
            if (statements.stream().anyMatch(sql -> sql.contains("INSERT INTO domain_event_entry") && sql.contains(caseId))
                    && statements.stream().anyMatch(sql -> sql.contains(needId))
                    && statements.stream().anyMatch(sql -> sql.strip().equalsIgnoreCase("COMMIT"))) {
                found = statements;
            }
        }
        return found;
    }

    private static String withParameters(String sql, String detail) {
        var values = new LinkedHashMap<Integer, String>();
        for (Matcher parameter = PARAMETER.matcher(detail); parameter.find(); ) {
            values.put(Integer.parseInt(parameter.group(1)), parameter.group(2));
        }
        String filled = sql;
        for (int number = values.size(); number >= 1; number--) {
            filled = filled.replace("$" + number, values.getOrDefault(number, "$" + number));
        }
        return filled;
    }

    /** pgbench script of the captured transaction, for the client's own case. */
    static String script(Captured captured, String caseId, String eventId, long sequence, long lockKey) {
        var script = new StringBuilder("""
                \\set seq random(1000000, 1000000000000)
                SELECT case_id, gen_random_uuid() AS need_id, gen_random_uuid() AS event_id
                FROM bench_client WHERE client = :client_id \\gset
                """);
        boolean ownTransaction = captured.statements().stream().noneMatch(sql -> sql.strip().equalsIgnoreCase("BEGIN"));
        if (ownTransaction) {
            script.append("BEGIN;\n");
        }
        for (String statement : captured.statements()) {
            String varied = statement.replace(caseId, ":case_id").replace(captured.needId(), ":need_id")
                    .replace(eventId, ":event_id").replace("pg_advisory_xact_lock('" + lockKey + "')",
                            "pg_advisory_xact_lock(:client_id)");
            if (varied.contains("INSERT INTO domain_event_entry")) {
                varied = varied.replace("':case_id','" + sequence + "'", "':case_id',:seq");
            }
            script.append(varied.replaceAll("\\s*\\n\\s*", " ").strip()).append(";\n");
        }
        if (ownTransaction) {
            script.append("COMMIT;\n");
        }
        return script.toString();
    }

    /** PostgreSQL's CSV log: quoted fields, doubled quotes, records over several lines. */
    private static List<List<String>> csv(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
