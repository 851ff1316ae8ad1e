package fi.perhekeskus.web.commands;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the services need to know of the HTTP request they serve, so that none of them takes a
 * servlet type: given to a controller method as an argument of this type.
 *
 * @param view           the command or view as the access log names it: method and path pattern, no ids
 * @param correlationId  the request's correlation id ({@link CorrelationIdFilter})
 * @param idempotencyKey the {@code Idempotency-Key} header, or null
 * @param ifMatch        the {@code If-Match} header as sent, or null: read by {@link Versions#expected}
 *                       only once the caller was admitted
 * @param path           the request's path, under which a created item's Location is formed
 */
public record RequestContext(String view, String correlationId, String idempotencyKey, String ifMatch, String path) {

    public static RequestContext of(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return new RequestContext(request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern),
                CorrelationIdFilter.of(request), request.getHeader("Idempotency-Key"), request.getHeader("If-Match"),
                request.getRequestURI());
    }

    @Configuration(proxyBeanMethods = false)
    static class Resolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(this);
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == RequestContext.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest webRequest, WebDataBinderFactory binders) {
            return of(webRequest.getNativeRequest(HttpServletRequest.class));
        }
    }
}
