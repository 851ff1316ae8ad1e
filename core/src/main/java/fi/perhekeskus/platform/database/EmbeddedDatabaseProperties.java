package fi.perhekeskus.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded default keeps its data.
 *
 * @param directory the PostgreSQL data directory; it survives restarts, and deleting it resets
 *                  the embedded database
 * @param ephemeral start from an empty temporary directory that is removed on shutdown (tests)
 */
@ConfigurationProperties("familycentre.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/embedded-postgres") Path directory,
        @DefaultValue("false") boolean ephemeral) {
}
