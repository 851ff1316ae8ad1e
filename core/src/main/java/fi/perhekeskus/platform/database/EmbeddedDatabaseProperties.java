package fi.perhekeskus.platform.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded default keeps its data.
 *
 * @param directory    the PostgreSQL data directory; it survives restarts, and deleting it resets
 *                     the embedded database
 * @param ephemeral    start from an empty temporary directory that is removed on shutdown, safe
 *                     against a killed server but not a crashed machine (tests and benchmarks)
 * @param restartDelay how long a server that died stays down before it is started again, so that
 *                     its last processes have gone
 * @param serverSettings PostgreSQL settings given to the server at each start, after the application's
 *                     own (the benchmark turns on PostgreSQL's CSV log this way to capture a command's
 *                     statements)
 */
@ConfigurationProperties("familycentre.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/embedded-postgres") Path directory,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("1s") Duration restartDelay,
        Map<String, String> serverSettings) {

    public EmbeddedDatabaseProperties {
        serverSettings = serverSettings == null ? Map.of() : Map.copyOf(serverSettings);
    }
}
