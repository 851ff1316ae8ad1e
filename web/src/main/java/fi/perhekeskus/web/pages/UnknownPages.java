package fi.perhekeskus.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers: for a person, the error page in their language; for an API client,
 * the API's problem. No controller handled it, so this is decided by the address alone.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPages {

    private final PageErrors pages;

    UnknownPages(PageErrors pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object unknown(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource."));
        }
        return pages.page(HttpStatus.NOT_FOUND);
    }
}
