package fi.perhekeskus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL's own load tool on the application's server, as its superuser. */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final RunningApplication application;
    private final Path work;

    PgBench(RunningApplication application, Path work) {
        this.application = application;
        this.work = work;
    }

    /** @return transactions per second */
    double run(String name, Path script, int clients, Duration length) {
        Path log = work.resolve("pgbench-" + name + ".log");
        var command = List.of("pgbench", "-n", "-h", "localhost", "-p", String.valueOf(application.databasePort()),
                "-U", "postgres", "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)),
                "-T", String.valueOf(length.toSeconds()), "-f", script.toString(), "familycentre");
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PGPASSWORD", application.superuserPassword());
            int exit = builder.start().waitFor();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Matcher tps = TPS.matcher(output);
            if (exit != 0 || !tps.find()) {
                throw new IllegalStateException("pgbench " + name + " failed (" + exit + "); see " + log);
            }
            return Double.parseDouble(tps.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException("pgbench, PostgreSQL's load tool, is needed: apt-get install postgresql-client", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
