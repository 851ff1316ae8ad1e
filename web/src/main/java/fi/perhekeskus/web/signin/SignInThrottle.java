package fi.perhekeskus.web.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins per username at an address and per address, in PostgreSQL so
 * that every instance of the application counts the same (table {@code sign_in_failure}), and
 * pauses sign-in for a key that failed too often (see {@link SignInThrottleSettings}). A success
 * forgets the username's failures at that address; an address's own count is left to expire, so
 * that one good password cannot clear the way for guessing others.
 */
@Component
class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SignInThrottleSettings settings;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, SignInThrottleSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** One sign-in attempt: its keys, and whether any of them is paused now. */
    Attempt attempt(String username, String address) {
        return new Attempt(username, address, key("username-at-address", username + "\n" + address),
                key("address", address));
    }

    final class Attempt {

        private final String username;
        private final String address;
        private final String usernameAtAddress;
        private final String fromAddress;
        private boolean failedBefore;

        private Attempt(String username, String address, String usernameAtAddress, String fromAddress) {
            this.username = username;
            this.address = address;
            this.usernameAtAddress = usernameAtAddress;
            this.fromAddress = fromAddress;
        }

        /** Refused unchecked and uncounted while a pause lasts. */
        void refuseIfPaused() {
            Instant now = clock.instant();
            List<Row> rows = jdbc.query(
                    "SELECT throttle_key, paused_until FROM sign_in_failure WHERE throttle_key IN (?, ?)",
                    (row, n) -> new Row(row.getString(1), row.getTimestamp(2).toInstant()), usernameAtAddress,
                    fromAddress);
            failedBefore = rows.stream().anyMatch(row -> row.key().equals(usernameAtAddress));
            rows.stream().map(Row::pausedUntil).filter(now::isBefore).max(Instant::compareTo)
                    .ifPresent(until -> {
                        throw new SignInPaused(Duration.between(now, until));
                    });
        }

        void failed() {
            Instant now = clock.instant();
            count(usernameAtAddress, settings.usernameAtAddress(), now,
                    "username " + loggable(username) + " from " + address);
            count(fromAddress, settings.address(), now, "address " + address);
            jdbc.update("DELETE FROM sign_in_failure WHERE last_failure_at < ? AND paused_until < ?",
                    Timestamp.from(now.minus(settings.forgetAfter())), Timestamp.from(now));
        }

        void succeeded() {
            if (failedBefore) {
                jdbc.update("DELETE FROM sign_in_failure WHERE throttle_key = ?", usernameAtAddress);
            }
        }
    }

    private void count(String key, SignInThrottleSettings.Limit limit, Instant now, String whose) {
        Integer failures = jdbc.queryForObject("""
                INSERT INTO sign_in_failure AS f (throttle_key, failures, last_failure_at, paused_until)
                VALUES (?, 1, ?, ?)
                ON CONFLICT (throttle_key) DO UPDATE SET
                    failures = CASE WHEN f.last_failure_at >= ? THEN f.failures + 1 ELSE 1 END,
                    last_failure_at = EXCLUDED.last_failure_at
                RETURNING failures""", Integer.class, key, Timestamp.from(now), Timestamp.from(now),
                Timestamp.from(now.minus(settings.forgetAfter())));
        Duration pause = settings.pauseAfter(failures, limit);
        if (!pause.isZero()) {
            jdbc.update("UPDATE sign_in_failure SET paused_until = ? WHERE throttle_key = ?",
                    Timestamp.from(now.plus(pause)), key);
        }
        if (failures >= limit.lockAfter()) {
            LOG.warn("Password sign-in locked for {} after {} failures: {}", limit.lockFor(), failures, whose);
        }
    }

    private record Row(String key, Instant pausedUntil) {
    }

    /** A username as someone typed it, unable to forge log lines or fill the log. */
    private static String loggable(String username) {
        String shown = username.replaceAll("\\p{Cntrl}", "?");
        return "'" + (shown.length() > 100 ? shown.substring(0, 100) + "…" : shown) + "'";
    }

    /** A fixed-length key that keeps no username or address in the table. */
    private static String key(String kind, String value) {
        try {
            return kind + ":" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
