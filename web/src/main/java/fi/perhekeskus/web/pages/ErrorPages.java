package fi.perhekeskus.web.pages;

import java.io.IOException;

import fi.perhekeskus.web.problems.ProblemWriter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the servlet container sends what no controller answered: a refusal before any controller
 * (a missing CSRF token, a body of a type that cannot be read, an address the firewall rejects) or
 * a failure that escaped everything. An API client gets a problem, a person the error page in
 * their language. Asked for directly, there is nothing here: 404.
 */
@PageController
class ErrorPages implements ErrorController {

    private final PageErrors pages;
    private final ProblemWriter problems;

    ErrorPages(PageErrors pages, ProblemWriter problems) {
        this.pages = pages;
        this.problems = problems;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && HttpStatus.resolve(code) != null && code >= 400 ? HttpStatus.valueOf(code) : HttpStatus.NOT_FOUND;
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path
                && (path.startsWith("/api/") || path.startsWith("/actuator/"))) {
            problems.write(response, status, status == HttpStatus.UNSUPPORTED_MEDIA_TYPE
                    ? "The body's Content-Type must name one type the endpoint reads, such as application/json."
                    : status.getReasonPhrase());
            return null;
        }
        return pages.page(status);
    }
}
