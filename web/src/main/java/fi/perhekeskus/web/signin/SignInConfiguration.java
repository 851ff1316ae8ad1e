package fi.perhekeskus.web.signin;

import fi.perhekeskus.platform.database.ConditionalOnEmbeddedDefault;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * How professionals sign in. Deployments configure their identity provider: bearer JWTs for the
 * API ({@code spring.security.oauth2.resourceserver.jwt.*}) and OIDC login for browsers
 * ({@code spring.security.oauth2.client.*}). Passwords exist only in the embedded default, for its
 * demo directory.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SignInConfiguration {

    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /**
     * Cross-site forgery rides on the browser's session cookie: a request that carries its own
     * credentials, or comes without a session at all, has nothing to forge (and an unsigned one
     * then gets its 401 rather than a CSRF 403).
     */
    private static final RequestMatcher NO_AMBIENT_CREDENTIALS = request ->
            request.getHeader("Authorization") != null || request.getRequestedSessionId() == null;

    @Bean
    SecurityFilterChain signIn(HttpSecurity http, JsonMapper json, Environment environment,
                               ObjectProvider<JwtDecoder> tokens, ObjectProvider<ClientRegistrationRepository> logins,
                               DirectoryTokens directoryTokens, DirectoryLogins directoryLogins) throws Exception {
        var problems = new ProblemResponses(json);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // The API's description holds no client data; a newcomer reads it before signing in.
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        // The sign-in page with any query (?lang=sv): form login itself permits only its exact URLs.
                        .requestMatchers("/signin", "/css/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(problems.notSignedIn(), API)
                        .defaultAccessDeniedHandlerFor(problems.notAllowed(), API))
                .csrf(csrf -> csrf.ignoringRequestMatchers(NO_AMBIENT_CREDENTIALS));
        if (ConditionalOnEmbeddedDefault.NoDatabaseUrl.isActive(environment)) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems.notSignedIn()))
                    .formLogin(form -> form.loginPage("/signin").permitAll());
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberedPasswordChecks(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }
}
