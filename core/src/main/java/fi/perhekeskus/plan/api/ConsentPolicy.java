package fi.perhekeskus.plan.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Deployment settings for consent, injected into the plan's handlers.
 *
 * @param maxValidity how far ahead of today a consent may end
 * @param zone        the zone in which dates ("until 31 May") are understood
 */
public record ConsentPolicy(Period maxValidity, ZoneId zone) {

    public static final ConsentPolicy DEFAULT = new ConsentPolicy(Period.ofMonths(12), ZoneId.of("Europe/Helsinki"));

    public ConsentPolicy {
        Objects.requireNonNull(maxValidity, "maxValidity");
        Objects.requireNonNull(zone, "zone");
    }

    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Something valid "until" a date is valid through that whole date, so it ends when the next day starts. */
    public Instant endOf(LocalDate lastValidDay) {
        return lastValidDay.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
