package fi.perhekeskus.web.problems;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser sessions are kept in PostgreSQL and read and written by a filter around everything else:
 * while the database is away, reading a session (to learn who signed in) or saving one (a page's
 * form starts one) fails outside any controller, where no exception handler turns it into the 503
 * every other outage gets. A filter just outside the session's does: the request goes on to the
 * error page, or the API's problem, with status 503 and {@code Retry-After}.
 *
 * <p>That error dispatch must not wait for the database once more: the request's session cookie is
 * then no longer looked up, so the error page is written as for someone not signed in.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreOutage {

    private static final String OUTAGE = SessionStoreOutage.class.getName() + ".OUTAGE";

    @Bean
    FilterRegistrationBean<OutageAroundSessions> outageAroundSessions() {
        var registration = new FilterRegistrationBean<>(new OutageAroundSessions());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** Spring Boot's cookie settings stay as configured; only the lookup of the cookie is wrapped. */
    @Bean
    static BeanPostProcessor noSessionLookupAfterAnOutage(ObjectProvider<CookieSerializer> cookies) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof SessionRepositoryFilter<?> sessions) {
                    var cookieSessionIds = new CookieHttpSessionIdResolver();
                    cookieSessionIds.setCookieSerializer(cookies.getObject());
                    sessions.setHttpSessionIdResolver(new UnlessOutage(cookieSessionIds));
                }
                return bean;
            }
        };
    }

    static final class OutageAroundSessions extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(SessionStoreOutage.class);

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (RuntimeException | ServletException | IOException failure) {
                if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                    throw failure;
                }
                log.warn("The database could not be reached for a browser session: {}", failure.toString());
                request.setAttribute(OUTAGE, Boolean.TRUE);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
        }
    }

    private record UnlessOutage(HttpSessionIdResolver cookies) implements HttpSessionIdResolver {

        @Override
        public List<String> resolveSessionIds(HttpServletRequest request) {
            return request.getAttribute(OUTAGE) == null ? cookies.resolveSessionIds(request) : List.of();
        }

        @Override
        public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
            cookies.setSessionId(request, response, sessionId);
        }

        @Override
        public void expireSession(HttpServletRequest request, HttpServletResponse response) {
            if (request.getAttribute(OUTAGE) == null) {
                cookies.expireSession(request, response);
            }
        }
    }
}
