package fi.perhekeskus.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in these tests. It starts a year ahead of the real time, so that the
 * deadlines the plan schedules (consent ends, invitation expiries), which the scheduler runs by the
 * real time, cannot fire during a test: an expiry is recorded only when a test records it.
 */
public final class MovableClock extends Clock {

    private volatile Instant now;

    public MovableClock() {
        reset();
    }

    public void reset() {
        now = LocalDate.now(ZoneOffset.UTC).plusYears(1).atTime(8, 0).toInstant(ZoneOffset.UTC);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
