package fi.perhekeskus.web.signin;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this username here or from this address: the password was not checked. */
class SignInPaused extends AuthenticationException {

    private final Duration remaining;

    SignInPaused(Duration remaining) {
        super("Sign-in is paused after repeated failures");
        this.remaining = remaining;
    }

    /** Whole seconds, rounded up: what Retry-After says. */
    long retryAfterSeconds() {
        return Math.max(1, (remaining.toMillis() + 999) / 1000);
    }
}
