package fi.perhekeskus.web.problems;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.perhekeskus.plan.api.PlanRuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The API's problems as problem+json. The pages for people have their own, first (PageErrors); an
 * unknown path outside the API is left to the error page.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private static final String RULES = "https://perhekeskus.fi/problems/rule/";

    /** 409 with the rule's stable code and the item it concerns, so a client can act on it. */
    @ExceptionHandler(PlanRuleViolation.class)
    ProblemDetail ruleBroken(PlanRuleViolation violation) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, violation.getMessage());
        problem.setType(URI.create(RULES + violation.rule().name()));
        problem.setTitle("A rule of the plan was broken");
        problem.setProperty("rule", violation.rule().name());
        problem.setProperty("item", violation.item());
        return problem;
    }

    @ExceptionHandler({ConflictingAggregateVersionException.class, StaleVersion.class})
    ProblemDetail staleVersion() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "The plan has changed since the version in If-Match; read it again and retry.");
        problem.setTitle("The plan has changed");
        return problem;
    }

    /** Another change to the same plan was stored first; nothing of this one was kept. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this plan at the same moment; read it again and retry.");
        problem.setTitle("Conflicting change");
        problem.setProperty("rule", "CONCURRENT_CHANGE");
        return problem;
    }

    @ExceptionHandler({CaseNotVisible.class, AggregateNotFoundException.class})
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such case.");
    }

    @ExceptionHandler(ActionNotAllowed.class)
    ProblemDetail forbidden(ActionNotAllowed refusal) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "This Idempotency-Key was used with a different request.");
    }

    @ExceptionHandler(InvalidReference.class)
    ResponseEntity<Object> invalidReference(InvalidReference invalid) {
        return invalid(List.of(field(invalid.field(), invalid.getMessage())));
    }

    /** Spring Security's firewall checks parameter names only when they are first read, inside the handler. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has parameters no client sends.");
    }

    @ExceptionHandler(InvalidHeader.class)
    ProblemDetail invalidHeader(InvalidHeader invalid) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }

    /**
     * What the API did not foresee: the database out of reach is 503 with a time to retry, and
     * anything else is a fault of ours, logged with its cause and answered without it.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        if (DatabaseOutage.causedBy(failure)) {
            log.warn("The database could not be reached: {}", failure.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()))
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                            "The service cannot reach its database just now. Try again shortly; "
                                    + "an Idempotency-Key makes a retried command safe."));
        }
        log.error("A request failed", failure);
        return ResponseEntity.internalServerError()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The service had an error."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return invalid(exception.getBindingResult().getFieldErrors().stream()
                .map(error -> field(error.getField(), error.getDefaultMessage()))
                .toList());
    }

    /** A query parameter, or a body beside it, that breaks its constraints: each named. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                           HttpHeaders headers, HttpStatusCode status,
                                                                           WebRequest request) {
        var errors = new ArrayList<Map<String, String>>();
        exception.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(error -> errors.add(field(error.getField(), error.getDefaultMessage())));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(error -> errors.add(field(name, error.getDefaultMessage())));
            }
        });
        return invalid(errors);
    }

    /** A path or query value of the wrong type, such as a bad UUID or date: named, not quoted back. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        Class<?> type = exception.getRequiredType();
        return invalid(List.of(field(exception.getPropertyName(),
                "is not a valid " + (type == null ? "value" : type.getSimpleName()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return invalid(List.of(field(exception.getParameterName(), "is required")));
    }

    private static Map<String, String> field(String name, String message) {
        return Map.of("field", String.valueOf(name), "message", String.valueOf(message));
    }

    private static ResponseEntity<Object> invalid(List<Map<String, String>> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Malformed JSON, unknown fields, wrong types, unknown enum values and values that do not parse
     * (a date of year 99999): the field at fault named where the parser knows it, the parser's own
     * words kept in the log.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (exception.getCause() instanceof DatabindException unreadable && !unreadable.getPath().isEmpty()) {
            return invalid(List.of(field(path(unreadable.getPath()), unreadable instanceof UnrecognizedPropertyException
                    ? "is not a field of this request" : "is not a valid value here")));
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON of the expected shape (unknown fields are refused).");
        return ResponseEntity.badRequest().body(problem);
    }

    /** A field as the {@code errors} of a problem name it: {@code family.members[0].birthDate}. */
    private static String path(List<JacksonException.Reference> steps) {
        var path = new StringBuilder();
        for (JacksonException.Reference step : steps) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
