package fi.perhekeskus.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The embedded default was asked for (no {@code spring.datasource.url}) where the PostgreSQL
 * binaries are not on the classpath: the deployable jar and the Docker image leave them out, as a
 * deployment runs on a real PostgreSQL. Said at start-up with what to do instead.
 */
public class EmbeddedBinariesMissing extends IllegalStateException {

    /** What the embedded library says when it finds no binaries for this platform. */
    private static final String LIBRARY_MESSAGE = "Missing embedded postgres binaries";

    EmbeddedBinariesMissing(Throwable cause) {
        super("No PostgreSQL binaries for the embedded default on the classpath", cause);
    }

    static boolean isTheCauseOf(RuntimeException failure) {
        return failure.getMessage() != null && failure.getMessage().startsWith(LIBRARY_MESSAGE);
    }

    static class Analyzer extends AbstractFailureAnalyzer<EmbeddedBinariesMissing> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedBinariesMissing cause) {
            return new FailureAnalysis("""
                    No database is configured (spring.datasource.url), so the application tried to start its \
                    embedded PostgreSQL, but this build carries no PostgreSQL binaries: the deployable jar and the \
                    Docker image leave them out.""", """
                    Either give it a PostgreSQL 17 or later: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, \
                    SPRING_DATASOURCE_PASSWORD, SPRING_LIQUIBASE_USER and SPRING_LIQUIBASE_PASSWORD (README, \
                    "Running on a real PostgreSQL"; docker/compose.yaml does it for you). Or, to try it out with the \
                    embedded database, start it from the sources: ./mvnw -pl web -am spring-boot:run""", cause);
        }
    }
}
