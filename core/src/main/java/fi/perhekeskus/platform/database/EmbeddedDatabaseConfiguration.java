package fi.perhekeskus.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The embedded default: with no {@code spring.datasource.url}, a real PostgreSQL server is started
 * from the binaries on the classpath, with the same two roles a production server has.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDefault
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
        // Stopped by this bean's close, after Axon's processors: a JVM shutdown hook of its own would
        // stop the server while they still read the event store, and the exit would wait on them.
        var builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).setRegisterShutdownHook(false);
        if (!properties.ephemeral()) {
            builder.setDataDirectory(properties.directory().toAbsolutePath()).setCleanDataDirectory(false);
        }
        try {
            var postgres = builder.start();
            createRolesAndDatabase(postgres.getPostgresDatabase());
            log.info("Embedded PostgreSQL on port {}, data in {}", postgres.getPort(),
                    properties.ephemeral() ? "a temporary directory" : properties.directory().toAbsolutePath());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in "
                    + properties.directory().toAbsolutePath() + "; delete that directory to reset it", e);
        }
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return connectionPool(postgres, DatabaseRoles.APPLICATION);
    }

    /** Used once at start-up by Liquibase, so it needs no pool. */
    @Bean
    @LiquibaseDataSource
    DataSource liquibaseDataSource(EmbeddedPostgres postgres) {
        return postgres.getDatabase(DatabaseRoles.OWNER, DatabaseRoles.DATABASE);
    }

    private static HikariDataSource connectionPool(EmbeddedPostgres postgres, String role) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl(role, DatabaseRoles.DATABASE));
        pool.setPoolName(role);
        return pool;
    }

    /** Idempotent, because the data directory survives restarts. */
    private static void createRolesAndDatabase(DataSource superuser) {
        try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s LOGIN; END IF;
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%2$s') THEN CREATE ROLE %2$s LOGIN; END IF;
                    END $$""".formatted(DatabaseRoles.OWNER, DatabaseRoles.APPLICATION));
            var exists = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DatabaseRoles.DATABASE + "'");
            if (!exists.next()) {
                sql.execute("CREATE DATABASE " + DatabaseRoles.DATABASE + " OWNER " + DatabaseRoles.OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database's roles", e);
        }
    }
}
