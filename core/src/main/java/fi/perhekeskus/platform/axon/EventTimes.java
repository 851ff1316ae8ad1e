package fi.perhekeskus.platform.axon;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** An event's time as the event store keeps it, for views that must equal their own rebuild. */
public final class EventTimes {

    private EventTimes() {
    }

    /**
     * The event store keeps an event's time to the millisecond, while a live event carries nanoseconds:
     * a view that keeps the time cut to the millisecond is the same after a rebuild from the store,
     * and PostgreSQL, which rounds to the microsecond, never stores a time after the one recorded.
     */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
