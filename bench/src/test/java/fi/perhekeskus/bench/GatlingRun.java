package fi.perhekeskus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


/** One Gatling simulation run in this JVM, its HTML report kept, and the figures read back from it. */
final class GatlingRun {

    private static final Pattern ROW = Pattern.compile(
            "(?s)<tr id=\"[^\"]*\"[^>]*>.*?class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    /** The figures of one kind of request, or of all ("All Requests"), as Gatling's report has them. */
    record Figures(String name, long ok, long failed, double perSecond, long p50, long p99, long max) {
    }

    private GatlingRun() {
    }

    /** @return the report's figures by request name, "All Requests" first */
    static Map<String, Figures> run(Class<?> simulation, Path results, Map<String, String> settings) {
        settings.forEach(System::setProperty);
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "-s", simulation.getName(), "-rf", results.toString()});
        if (status != 0) {
            throw new IllegalStateException("Gatling ended with " + status + " for " + simulation.getSimpleName());
        }
        return figures(newestReport(results, simulation));
    }

    private static Path newestReport(Path results, Class<?> simulation) {
        try (Stream<Path> reports = Files.list(results)) {
            return reports.filter(report -> report.getFileName().toString().toLowerCase()
                            .startsWith(simulation.getSimpleName().toLowerCase()))
                    .max(Comparator.comparing(report -> report.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("No report of " + simulation + " in " + results));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's statistics table: a row a request, "All Requests" first. */
    private static Map<String, Figures> figures(Path report) {
        String page;
        try {
            page = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var figures = new LinkedHashMap<String, Figures>();
        for (Matcher row = ROW.matcher(page); row.find(); ) {
            var cells = new LinkedHashMap<Integer, String>();
            for (Matcher cell = CELL.matcher(row.group(2)); cell.find(); ) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
            }
            String name = row.group(1);
            figures.put(name, new Figures(name, number(cells.get(3)), number(cells.get(4)),
                    Double.parseDouble(cells.get(6)), number(cells.get(8)), number(cells.get(11)), number(cells.get(12))));
        }
        if (figures.isEmpty()) {
            throw new IllegalStateException("No statistics in " + report.resolve("index.html"));
        }
        return figures;
    }

    private static long number(String cell) {
        return cell == null || cell.equals("-") ? 0 : Long.parseLong(cell);
    }
}
