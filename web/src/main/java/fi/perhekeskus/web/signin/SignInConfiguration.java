package fi.perhekeskus.web.signin;

import java.time.Duration;
import java.util.Locale;

import fi.perhekeskus.directory.PasswordHashing;
import fi.perhekeskus.platform.database.ConditionalOnEmbeddedDefault;
import fi.perhekeskus.web.operations.ManagementPort;
import fi.perhekeskus.web.problems.ProblemWriter;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * How professionals sign in. Deployments configure their identity provider: bearer JWTs for the
 * API ({@code spring.security.oauth2.resourceserver.jwt.*}) and OIDC login for browsers
 * ({@code spring.security.oauth2.client.*}). Passwords exist only in the embedded default, for its
 * demo directory, and their sign-in is throttled ({@link ThrottledPasswordSignIn}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SignInThrottleSettings.class)
class SignInConfiguration {

    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /**
     * The pages are the server's own HTML with no script of their own: nothing inline, nothing from
     * elsewhere, no framing, and forms that post only here. Swagger UI's scripts and styles are files
     * of this server too, and it draws its icons from data URIs.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self'%s; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * Swagger UI writes one style element of its own, allowed by its hash and on its pages only; a
     * Swagger UI that writes another fails ContentSecurityPolicyBrowserTest.
     */
    private static final String SWAGGER_UI_STYLE = " 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";
    private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

    /** Nothing of a family's plan needs the device's sensors, camera or microphone. */
    private static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /**
     * Cross-site request forgery rides on what a browser adds to a request by itself: its session
     * cookie, or HTTP Basic credentials it remembers for the site. The CSRF token is asked of every
     * request that changes something except an API call that brings its own Basic or bearer
     * credentials, carries no session cookie and comes from no page of another site; such a call is
     * then signed in by those credentials or refused with 401.
     */
    private static final RequestMatcher OWN_CREDENTIALS = request -> API.matches(request)
            && request.getRequestedSessionId() == null
            && ownCredentials(request.getHeader(HttpHeaders.AUTHORIZATION))
            && !fromAnotherSite(request.getHeader("Sec-Fetch-Site"));

    @Bean
    SecurityFilterChain signIn(HttpSecurity http, ProblemWriter problemWriter, Environment environment,
                               ManagementPort management, ObjectProvider<JwtDecoder> tokens,
                               ObjectProvider<ClientRegistrationRepository> logins, DirectoryTokens directoryTokens,
                               DirectoryLogins directoryLogins) throws Exception {
        var problems = new ProblemResponses(problemWriter);
        http.authorizeHttpRequests(requests -> requests
                        // The management port listens on the loopback address only: its callers are operators' tools.
                        .requestMatchers(management::received).permitAll()
                        .requestMatchers("/livez", "/readyz", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        // The API's description holds no client data; a newcomer reads it before signing in.
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        // The sign-in page with any query (?lang=sv): form login itself permits only its exact URLs.
                        .requestMatchers("/signin", "/css/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                // A page's refusal goes to the error page; with one mapping alone, the API's would take all.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(problems.notSignedIn(), API)
                        .defaultAccessDeniedHandlerFor(problems.notAllowed(), API)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                // The error dispatch shows why a request was refused: it is not the request again.
                .csrf(csrf -> csrf.ignoringRequestMatchers(OWN_CREDENTIALS,
                        request -> request.getDispatcherType() == DispatcherType.ERROR))
                .headers(headers -> headers
                        .addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                                CONTENT_SECURITY_POLICY.formatted(SWAGGER_UI.matches(request) ? SWAGGER_UI_STYLE : "")))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        // Sent only over HTTPS (behind a proxy: server.forward-headers-strategy).
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds())));
        if (ConditionalOnEmbeddedDefault.NoDatabaseUrl.isActive(environment)) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems.notSignedIn()))
                    .formLogin(form -> form.loginPage("/signin").permitAll()
                            .failureHandler(ProblemResponses::formFailed));
        }
        if (tokens.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(directoryTokens))
                    .authenticationEntryPoint(problems.notSignedIn()));
        }
        if (logins.getIfAvailable() != null) {
            http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(directoryLogins)));
        }
        return http.build();
    }

    /** Passwords hashed as the directory writes them, and a check that succeeded remembered (HTTP Basic). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberedPasswordChecks(PasswordHashing.encoder());
    }

    private static boolean ownCredentials(String authorization) {
        if (authorization == null) {
            return false;
        }
        String scheme = authorization.strip().split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return scheme.equals("basic") || scheme.equals("bearer");
    }

    /** A browser says where a request comes from; an API client sends no such header. */
    private static boolean fromAnotherSite(String fetchSite) {
        return "cross-site".equals(fetchSite) || "same-site".equals(fetchSite);
    }
}
