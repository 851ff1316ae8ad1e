package fi.perhekeskus.web.commands;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;

import fi.perhekeskus.web.problems.IdempotencyKeyReused;
import fi.perhekeskus.web.problems.InvalidHeader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a command once per Idempotency-Key. The key is claimed with an insert in the command's own
 * transaction: a concurrent repeat waits on that row and then finds the stored answer, and a failed
 * command rolls its claim back with everything else, so it can be tried again.
 */
@Component
public class Idempotency {

    private static final int MAX_KEY_LENGTH = 200;

    private final JdbcTemplate jdbc;

    Idempotency(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CommandResponse once(String key, UUID professionalId, String request, Supplier<CommandResponse> command) {
        if (key == null) {
            return command.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidHeader("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = sha256(request);
        int claimed = jdbc.update("""
                INSERT INTO idempotent_request (professional_id, idempotency_key, fingerprint, created_at)
                VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING""", professionalId, key, fingerprint);
        if (claimed == 0) {
            return jdbc.queryForObject("""
                    SELECT fingerprint, status, location, version, body FROM idempotent_request
                    WHERE professional_id = ? AND idempotency_key = ?""", (row, n) -> {
                if (!row.getString("fingerprint").equals(fingerprint)) {
                    throw new IdempotencyKeyReused();
                }
                return new CommandResponse(row.getInt("status"), row.getString("location"), row.getLong("version"),
                        row.getString("body"));
            }, professionalId, key);
        }
        CommandResponse response = command.get();
        jdbc.update("""
                UPDATE idempotent_request SET status = ?, location = ?, version = ?, body = ?
                WHERE professional_id = ? AND idempotency_key = ?""",
                response.status(), response.location(), response.version(), response.body(), professionalId, key);
        return response;
    }

    private static String sha256(String request) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
