package fi.perhekeskus.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The passwords of the embedded server's roles, generated once per data directory and kept in it,
 * readable by its owner only: PostgreSQL asks every connection for a password, so that another
 * user of the machine cannot connect as the superuser and rewrite the append-only history.
 */
record EmbeddedCredentials(Map<String, String> passwords) {

    static final String FILE = "familycentre-credentials.properties";
    static final String SUPERUSER = "postgres";

    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(Map.of(SUPERUSER, password(), DatabaseRoles.OWNER, password(),
                DatabaseRoles.APPLICATION, password()));
    }

    static Optional<EmbeddedCredentials> readFrom(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        var stored = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return Optional.of(new EmbeddedCredentials(Map.of(SUPERUSER, stored.getProperty(SUPERUSER),
                DatabaseRoles.OWNER, stored.getProperty(DatabaseRoles.OWNER),
                DatabaseRoles.APPLICATION, stored.getProperty(DatabaseRoles.APPLICATION))));
    }

    void writeTo(Path dataDirectory) {
        var stored = new Properties();
        stored.putAll(passwords);
        try (Writer out = Files.newBufferedWriter(ownerOnly(dataDirectory.resolve(FILE)), StandardCharsets.UTF_8)) {
            stored.store(out, "Passwords of the embedded PostgreSQL's roles; without them the data cannot be reached");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the embedded database's passwords", e);
        }
    }

    /** The superuser's password as initdb reads it, in a file only this user can read. */
    Path superuserPasswordFile() {
        try {
            Path file = ownerOnly(Files.createTempFile("familycentre-pg", ".pw"));
            Files.writeString(file, password(SUPERUSER));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the embedded database's superuser password", e);
        }
    }

    String password(String role) {
        return passwords.get(role);
    }

    private static Path ownerOnly(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** Letters, digits, '-' and '_' only, so a password can stand in SQL and configuration as it is. */
    private static String password() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
