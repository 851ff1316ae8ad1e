package fi.perhekeskus.web.signin;

import java.io.IOException;
import java.util.LinkedHashMap;

import fi.perhekeskus.web.problems.DatabaseOutage;
import fi.perhekeskus.web.problems.ProblemTypes;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for API callers as problem+json, written before any controller runs. */
final class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** A sign-in the directory could not check, because the database was out of reach, is no wrong password. */
    AuthenticationEntryPoint notSignedIn() {
        return (request, response, exception) -> {
            if (exception instanceof InternalAuthenticationServiceException && DatabaseOutage.causedBy(exception)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
                write(response, HttpStatus.SERVICE_UNAVAILABLE,
                        "Your sign-in could not be checked because the service cannot reach its database. Try again shortly.");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"family-centre\"");
            write(response, HttpStatus.UNAUTHORIZED, "Sign in to use the API.");
        };
    }

    AccessDeniedHandler notAllowed() {
        return (request, response, exception) ->
                write(response, HttpStatus.FORBIDDEN, "Your role may not do this.");
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", ProblemTypes.of(status).toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
