package fi.perhekeskus.web.input;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose body the application cannot read is refused with 415 before anything tries: a
 * Content-Type that is no type at all, a wildcard ({@code *}{@code /*}, {@code application/*}: a
 * body is of one type, and Spring fails on a wildcard deep inside the handler), or, for a page's
 * form, anything but what a browser's form sends. The API's own handlers refuse other types they do
 * not read. The error page or problem is written by the error dispatch.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ContentTypes extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getContentType();
        if (given != null && !readable(request, given)) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean readable(HttpServletRequest request, String given) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(given);
        } catch (InvalidMediaTypeException notAType) {
            return false;
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return false;
        }
        boolean pageForm = HttpMethod.POST.matches(request.getMethod()) && !request.getRequestURI().startsWith("/api/");
        return !pageForm || MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type)
                || MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type);
    }
}
