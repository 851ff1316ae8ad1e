package fi.perhekeskus.web.pages;

import fi.perhekeskus.plan.api.PlanRuleViolation;
import fi.perhekeskus.web.problems.ActionNotAllowed;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.problems.DatabaseOutage;
import fi.perhekeskus.web.problems.IdempotencyKeyReused;
import fi.perhekeskus.web.problems.InvalidHeader;
import fi.perhekeskus.web.problems.InvalidReference;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's error in words its reader understands, in their language: which rule, and what to do.
 * Forms show their own errors beside the form; these are the errors of a page as a whole.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    private final PageModel layout;

    PageErrors(PageModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler({CaseNotVisible.class, AggregateNotFoundException.class})
    ModelAndView notVisible() {
        return page(HttpStatus.NOT_FOUND, "error.notVisible");
    }

    @ExceptionHandler(ActionNotAllowed.class)
    ModelAndView notAllowed() {
        return page(HttpStatus.FORBIDDEN, "error.notAllowed");
    }

    @ExceptionHandler({InvalidReference.class, InvalidHeader.class})
    ModelAndView invalid() {
        return page(HttpStatus.BAD_REQUEST, "error.invalid");
    }

    /** A browser sends no Idempotency-Key of its own; one reused with another form is refused as on the API. */
    @ExceptionHandler(IdempotencyKeyReused.class)
    ModelAndView keyReused() {
        return page(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @ExceptionHandler(PlanRuleViolation.class)
    ModelAndView ruleBroken(PlanRuleViolation violation) {
        return page(HttpStatus.CONFLICT, "rule." + violation.rule().name());
    }

    /**
     * Anything else a page meets: a malformed address or parameter (400, also when the firewall finds
     * a parameter name no browser sends as the form is bound) as such, a failure as "try
     * again" with the details in the log. Sign-in and access decisions stay Spring Security's.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView failure(Exception failure) throws Exception {
        if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
            throw failure;
        }
        if (DatabaseOutage.causedBy(failure)) {
            LOG.warn("The database could not be reached: {}", failure.toString());
            return page(HttpStatus.SERVICE_UNAVAILABLE);
        }
        HttpStatus status = failure instanceof ErrorResponse response
                ? HttpStatus.resolve(response.getStatusCode().value())
                : failure instanceof TypeMismatchException || failure instanceof HttpMessageNotReadableException
                || failure instanceof RequestRejectedException ? HttpStatus.BAD_REQUEST : null;
        if (status == null || status.is5xxServerError()) {
            LOG.error("A page failed", failure);
            return page(HttpStatus.INTERNAL_SERVER_ERROR);
        }
        return page(status);
    }

    /** The error page for a status, in words for its kind: not found, not allowed, a bad request, a failure. */
    ModelAndView page(HttpStatus status) {
        return page(status, status == HttpStatus.SERVICE_UNAVAILABLE ? "error.status.503"
                : status.is5xxServerError() ? "error.status.other"
                : status == HttpStatus.NOT_FOUND || status == HttpStatus.FORBIDDEN ? "error.status." + status.value()
                : "error.status.400");
    }

    ModelAndView page(HttpStatus status, String messageKey) {
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        layout.addTo(page);
        return page;
    }
}
