package fi.perhekeskus.accesslog;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** What both logs refuse before anything reaches the database. */
final class Checks {

    /** As the web layer accepts {@code X-Correlation-Id}: a client cannot smuggle text in through it. */
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private Checks() {
    }

    static String correlationId(String correlationId) {
        return matching(CORRELATION_ID, correlationId, "correlationId");
    }

    static String matching(Pattern pattern, String value, String name) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must match " + pattern + ": " + value);
        }
        return value;
    }

    static Set<UUID> ids(Collection<UUID> ids, String name) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException(name + " must name at least one id");
        }
        return Set.copyOf(ids);
    }
}
