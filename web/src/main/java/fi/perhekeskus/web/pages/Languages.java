package fi.perhekeskus.web.pages;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finnish, Swedish and English. A language chosen on a page ({@code ?lang=sv}) is remembered in a
 * cookie; without one, the browser's Accept-Language picks among the three, and Finnish is the
 * default. API clients, which send no cookie, keep choosing with Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("en"));

    /**
     * Writes this response in the given language, whatever the reader's own: a document for the
     * family in the family's language. The reader's choice (their cookie) stays as it was.
     */
    public static void writeIn(HttpServletRequest request, String language) {
        SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().ifPresent(locale -> {
            request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, locale);
            LocaleContextHolder.setLocale(locale);
        });
    }

    @Bean
    LocaleResolver localeResolver() {
        var fromBrowser = new AcceptHeaderLocaleResolver();
        fromBrowser.setSupportedLocales(SUPPORTED);
        fromBrowser.setDefaultLocale(SUPPORTED.get(0));
        var remembered = new CookieLocaleResolver("lang");
        remembered.setCookieMaxAge(Duration.ofDays(365));
        // A cookie any client can forge names no language: the browser's choice applies, no failure.
        remembered.setRejectInvalidCookies(false);
        remembered.setDefaultLocaleFunction(fromBrowser::resolveLocale);
        return remembered;
    }

    /**
     * Only the three languages can be chosen; anything else in {@code lang} is ignored. Read from the
     * query string itself: the error page for parameters that are not UTF-8 must not read them again
     * through the servlet API, which throws on them every time.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String chosen = UriComponentsBuilder.newInstance().query(request.getQueryString()).build()
                        .getQueryParams().getFirst("lang");
                SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(chosen)).findFirst()
                        .ifPresent(locale -> RequestContextUtils.getLocaleResolver(request)
                                .setLocale(request, response, locale));
                return true;
            }
        }).excludePathPatterns("/api/**");
    }
}
