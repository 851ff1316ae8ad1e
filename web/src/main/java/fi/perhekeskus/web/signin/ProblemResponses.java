package fi.perhekeskus.web.signin;

import java.io.IOException;

import fi.perhekeskus.web.problems.DatabaseOutage;
import fi.perhekeskus.web.problems.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sign-in's answers to API callers as problem+json, written before any controller runs: 401 to
 * sign in, 429 while sign-in is paused after repeated failures, 503 when the directory could not be
 * read (not the caller's fault, and not counted against them), 403 for what the role may not do.
 */
final class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private final ProblemWriter problems;

    ProblemResponses(ProblemWriter problems) {
        this.problems = problems;
    }

    AuthenticationEntryPoint notSignedIn() {
        return (request, response, exception) -> refuse(response, exception);
    }

    /**
     * A missing CSRF token on a request that brought no credentials of its own is a request not
     * signed in; with a session cookie, it is a browser's session used without its token.
     */
    AccessDeniedHandler notAllowed() {
        return (request, response, exception) -> {
            if (exception instanceof CsrfException && request.getRequestedSessionId() == null) {
                refuse(response, null);
            } else if (exception instanceof CsrfException) {
                problems.write(response, HttpStatus.FORBIDDEN, "A browser session's request needs its CSRF token; an "
                        + "API client signs in with its own Basic or bearer credentials and sends no session cookie.");
            } else {
                problems.write(response, HttpStatus.FORBIDDEN, "Your role may not do this.");
            }
        };
    }

    private void refuse(HttpServletResponse response, AuthenticationException exception) throws IOException {
        if (exception instanceof SignInPaused paused) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(paused.retryAfterSeconds()));
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins: sign-in is paused for a while. Try again after Retry-After seconds.");
        } else if (exception instanceof InternalAuthenticationServiceException unavailable) {
            unavailable(unavailable, response);
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE,
                    "Sign-in could not be checked right now. Try again in a moment.");
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"family-centre\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Sign in to use the API.");
        }
    }

    /** The sign-in form's failures: the form again with why, or the error page when sign-in could not be checked. */
    static void formFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof InternalAuthenticationServiceException unavailable) {
            unavailable(unavailable, response);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        } else {
            response.sendRedirect(request.getContextPath()
                    + (exception instanceof SignInPaused ? "/signin?paused" : "/signin?error"));
        }
    }

    /** Logged without a stack trace: the cause says what was unreachable, and the outage is not this request's. */
    private static void unavailable(InternalAuthenticationServiceException unavailable, HttpServletResponse response) {
        LOG.warn("Sign-in could not read the directory: {}",
                unavailable.getCause() == null ? unavailable.getMessage() : unavailable.getCause().toString());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
    }
}
