package fi.perhekeskus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the application's CPU goes while it runs commands: Java Flight Recorder started in its
 * process by {@code jcmd} for one scenario, and its execution samples (a Java thread on a CPU, every
 * 10 ms with the {@code profile} settings) counted afterwards. Time in the garbage collector, the
 * JIT and PostgreSQL is not among them.
 */
final class CommandProfile {

    private static final String RECORDING = "commands";
    private static final int SHOWN = 20;

    /** Package prefixes and the library they are, the first match counting. */
    private static final String[][] LIBRARIES = {
        {"fi.perhekeskus.", "the application"},
        {"org.postgresql.", "PostgreSQL's JDBC driver"},
        {"com.zaxxer.hikari.", "HikariCP"},
        {"org.hibernate.", "Hibernate"},
        {"com.fasterxml.jackson.", "Jackson"},
        {"tools.jackson.", "Jackson"},
        {"org.axonframework.", "Axon"},
        {"org.springframework.security.", "Spring Security"},
        {"org.springframework.web.", "Spring MVC"},
        {"org.springframework.", "Spring (other)"},
        {"org.apache.catalina.", "Tomcat"},
        {"org.apache.coyote.", "Tomcat"},
        {"org.apache.tomcat.", "Tomcat"},
        {"io.micrometer.", "Micrometer"},
        {"org.ehcache.", "Ehcache"},
        {"ch.qos.logback.", "Logback"},
        {"org.slf4j.", "Logback"},
    };

    /** A frame, library, code or thread, and the share of the samples it is in. */
    record Share(String name, double percent) {
    }

    /**
     * @param topFrames  the methods the samples were in (self time)
     * @param libraries  each sample given to the library of the first frame that is not the JDK's, from the top:
     *                   a {@code HashMap.get} called by Hibernate is Hibernate's
     * @param ownCode    the application's own methods, each with the share of samples it is on the stack of
     * @param threads    threads by name, numbers left out
     */
    record Found(long samples, List<Share> topFrames, List<Share> libraries, List<Share> ownCode, List<Share> threads) {
    }

    private CommandProfile() {
    }

    static void start(RunningApplication application) {
        jcmd(application, "JFR.start", "name=" + RECORDING, "settings=profile");
    }

    static Found stop(RunningApplication application, Path recording) {
        jcmd(application, "JFR.stop", "name=" + RECORDING, "filename=" + recording.toAbsolutePath());
        try {
            return read(RecordingFile.readAllEvents(recording));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Found read(List<RecordedEvent> events) {
        var top = new HashMap<String, Long>();
        var libraries = new HashMap<String, Long>();
        var own = new HashMap<String, Long>();
        var threads = new HashMap<String, Long>();
        long samples = 0;
        for (RecordedEvent event : events) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            top.merge(method(frames.get(0)), 1L, Long::sum);
            libraries.merge(frames.stream().map(CommandProfile::library).filter(library -> !library.equals("JDK"))
                    .findFirst().orElse("JDK"), 1L, Long::sum);
            Set<String> ownOnStack = new LinkedHashSet<>();
            // A lambda's generated class says nothing its enclosing method does not.
            frames.stream().map(CommandProfile::method).filter(method -> method.startsWith("fi.perhekeskus."))
                    .filter(method -> !method.contains("$$Lambda$")).forEach(ownOnStack::add);
            ownOnStack.forEach(method -> own.merge(method, 1L, Long::sum));
            String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("\\d+", "N"), 1L, Long::sum);
        }
        return new Found(samples, shares(top, samples, name -> name.replaceFirst("^fi\\.perhekeskus\\.", "")),
                shares(libraries, samples, Function.identity()), shares(own, samples,
                        name -> name.replaceFirst("^fi\\.perhekeskus\\.", "")), shares(threads, samples, Function.identity()));
    }

    private static List<Share> shares(Map<String, Long> counts, long samples, Function<String, String> shown) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(SHOWN).map(count -> new Share(shown.apply(count.getKey()), 100.0 * count.getValue() / samples))
                .toList();
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The library a frame's code belongs to, by its package. */
    private static String library(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        for (String[] library : LIBRARIES) {
            if (type.startsWith(library[0])) {
                return library[1];
            }
        }
        return type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
                || type.startsWith("sun.") || type.startsWith("com.sun.") ? "JDK" : type.replaceAll("^(\\w+\\.\\w+).*", "$1");
    }

    private static void jcmd(RunningApplication application, String... command) {
        var arguments = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(application.pid())));
        arguments.addAll(List.of(command));
        try {
            var process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0 || output.contains("Could not") || output.contains("Exception")) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
