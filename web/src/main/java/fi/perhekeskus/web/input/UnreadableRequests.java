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
 * A request the application cannot read is refused before anything tries, as the client's
 * mistake:
 * <ul>
 *     <li>415 for a Content-Type that is no type at all, a wildcard ({@code *}{@code /*},
 *     {@code application/*}: a body is of one type, and Spring fails on a wildcard deep inside the
 *     handler), or, for a page's form, anything but what a browser sends for a form without files
 *     (no endpoint takes files; multipart is not parsed at all); the API's own handlers refuse
 *     other types they do not read;</li>
 *     <li>400 for parameters that are not percent-encoded UTF-8: Servlet 6.1 has every read of any
 *     parameter throw on them, wherever it happens, so they are found here, once.</li>
 * </ul>
 * The error page or problem is written by the error dispatch, which reads no parameter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableRequests extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getContentType();
        if (given != null && !readable(request, given)) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        try {
            request.getParameterMap();
        } catch (IllegalStateException undecodable) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
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
        return !pageForm || MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type);
    }
}
