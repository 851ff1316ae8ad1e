package fi.perhekeskus.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import javax.sql.DataSource;

import fi.perhekeskus.CoreTestApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With a database URL configured, the application uses that server, migrates it as the owner role,
 * connects as the application role, and starts no PostgreSQL of its own.
 */
class ConfiguredDatabaseTest {

    /** Stands in for the organisation's own PostgreSQL server. */
    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
        var superuser = new JdbcTemplate(server.getPostgresDatabase());
        superuser.execute("CREATE ROLE site_owner LOGIN");
        superuser.execute("CREATE ROLE site_app LOGIN");
        superuser.execute("CREATE DATABASE plans OWNER site_owner");
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Test
    void usesTheConfiguredServerAndStartsNoneOfItsOwn() {
        try (var context = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/plans",
                        "--spring.datasource.username=site_app",
                        "--spring.liquibase.user=site_owner",
                        "--spring.liquibase.parameters.approle=site_app")) {
            assertThat(context.getBeanNamesForType(EmbeddedDatabaseServer.class)).isEmpty();

            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("SELECT current_database() || ' as ' || current_user", String.class))
                    .isEqualTo("plans as site_app");
            assertThat(jdbc.queryForObject(
                    "SELECT tableowner FROM pg_tables WHERE tablename = 'domain_event_entry'", String.class))
                    .isEqualTo("site_owner");
        }
    }
}
