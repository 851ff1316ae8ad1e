package fi.perhekeskus.web.pages;

import fi.perhekeskus.plan.api.PlanRuleViolation;
import fi.perhekeskus.web.problems.ActionNotAllowed;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.problems.InvalidReference;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's error in words its reader understands, in their language: which rule, and what to do.
 * Forms show their own errors beside the form; these are the errors of a page as a whole.
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrors {

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

    @ExceptionHandler(InvalidReference.class)
    ModelAndView invalid() {
        return page(HttpStatus.BAD_REQUEST, "error.invalid");
    }

    @ExceptionHandler(PlanRuleViolation.class)
    ModelAndView ruleBroken(PlanRuleViolation violation) {
        return page(HttpStatus.CONFLICT, "rule." + violation.rule().name());
    }

    private ModelAndView page(HttpStatus status, String messageKey) {
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        layout.addTo(page);
        return page;
    }
}
