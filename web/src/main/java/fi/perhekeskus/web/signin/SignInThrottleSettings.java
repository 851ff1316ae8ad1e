package fi.perhekeskus.web.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed password sign-ins are slowed and paused ({@code familycentre.sign-in.throttle.*}). Up
 * to a limit's free failures nothing happens; each further failure pauses sign-in for that key,
 * starting at {@code firstPause} and doubling; from {@code lockAfter} failures on, for
 * {@code lockFor}. A pause never grows while it lasts: attempts during it are refused unchecked and
 * not counted.
 *
 * @param forgetAfter        failures are forgotten this long after the last one
 * @param usernameAtAddress  for one username from one address: a guesser's limit that cannot lock
 *                           the professional out anywhere else
 * @param address            for one address, whatever the usernames: someone trying many
 */
@ConfigurationProperties("familycentre.sign-in.throttle")
record SignInThrottleSettings(Duration forgetAfter, Duration firstPause, Limit usernameAtAddress, Limit address) {

    record Limit(int freeFailures, int lockAfter, Duration lockFor) {
    }

    /** How long sign-in pauses after the given number of failures in a row under a limit. */
    Duration pauseAfter(int failures, Limit limit) {
        if (failures >= limit.lockAfter()) {
            return limit.lockFor();
        }
        if (failures <= limit.freeFailures()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - limit.freeFailures() - 1, 30);
        Duration pause = firstPause.multipliedBy(1L << doublings);
        return pause.compareTo(limit.lockFor()) < 0 ? pause : limit.lockFor();
    }
}
