package fi.perhekeskus.web.signin;

import java.util.Optional;
import java.util.UUID;

import fi.perhekeskus.plan.api.PlanTexts;
import fi.perhekeskus.platform.database.ConditionalOnEmbeddedDefault;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in against the directory, for the sign-in form and HTTP Basic alike (the embedded
 * default's demo directory; deployments sign in at their identity provider).
 * <ul>
 *     <li>Paused after repeated failures ({@link SignInThrottle}): refused before the password is
 *     checked.</li>
 *     <li>Every attempt checks one password hash, whether or not the username exists or is still
 *     active: an unknown username is checked against a stand-in hash made by the same encoder, of
 *     the same algorithm and cost as the real ones. Every refusal is the same "bad credentials", so
 *     neither the answer nor its time tells which usernames exist.</li>
 *     <li>A directory that cannot be read is not a wrong password: it is an
 *     {@link InternalAuthenticationServiceException}, answered as the service being unavailable,
 *     and never counted against anyone.</li>
 * </ul>
 */
@Component
@ConditionalOnEmbeddedDefault
class ThrottledPasswordSignIn implements AuthenticationProvider {

    private final DirectorySignIn directory;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final String standInHash;

    ThrottledPasswordSignIn(DirectorySignIn directory, PasswordEncoder passwords, SignInThrottle throttle) {
        this.directory = directory;
        this.passwords = passwords;
        this.throttle = throttle;
        this.standInHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password = String.valueOf(attempt.getCredentials());
        SignInThrottle.Attempt counted;
        Optional<SignedInProfessional> found;
        try {
            counted = throttle.attempt(username, addressOf(attempt));
            counted.refuseIfPaused();
            // A username PostgreSQL cannot even compare names no one; it is not looked up.
            found = PlanTexts.storable(username) ? directory.find(username) : Optional.empty();
        } catch (SignInPaused paused) {
            throw paused;
        } catch (RuntimeException unreadable) {
            throw new InternalAuthenticationServiceException("The directory could not be read", unreadable);
        }
        boolean matches = passwords.matches(password, found.map(SignedInProfessional::getPassword).orElse(standInHash));
        if (!matches || found.isEmpty() || !found.get().isEnabled()) {
            record(counted::failed);
            throw new BadCredentialsException("Wrong username or password");
        }
        record(counted::succeeded);
        var professional = found.get();
        return UsernamePasswordAuthenticationToken.authenticated(professional, null, professional.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The stand-in for an unknown username's hash: for a test to compare with the real ones. */
    String standInHash() {
        return standInHash;
    }

    private static void record(Runnable outcome) {
        try {
            outcome.run();
        } catch (RuntimeException unwritable) {
            throw new InternalAuthenticationServiceException("Sign-in failures could not be recorded", unwritable);
        }
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
