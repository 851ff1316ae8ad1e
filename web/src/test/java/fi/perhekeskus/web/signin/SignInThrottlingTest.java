package fi.perhekeskus.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fi.perhekeskus.directory.LocalCredentialRepository;
import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Repeated failed sign-ins are slowed, then paused for a while, for a username at one address and
 * for an address, over HTTP Basic and the sign-in form alike; an unknown username is answered and
 * counted exactly as a known one; a directory that cannot be read is no wrong password. The
 * application's clock is moved past the pauses rather than waited for.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SignInThrottlingTest.Configuration.class)
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTest {

    private static final String PROFESSIONALS = "/api/v1/professionals";
    private static final Pattern ALGORITHM_AND_COST = Pattern.compile("^(\\{\\w+}\\$2[aby]\\$\\d\\d)\\$.*");

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnreadableDirectory directory;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    ThrottledPasswordSignIn signIn;

    private Api api;

    @BeforeEach
    void noFailuresYet() {
        jdbc.update("DELETE FROM sign_in_failure");
        directory.unreadable(false);
        api = new Api(port);
    }

    @Test
    void wrongPasswordsForAUsernameSlowDownThenLockForAWhileWhichEnds(CapturedOutput log) {
        for (int failure = 1; failure <= 3; failure++) {
            assertThat(wrong("pekka").status()).as("failure %d is free", failure).isEqualTo(401);
        }
        assertThat(wrong("pekka").status()).isEqualTo(401);

        var paused = right("pekka");
        assertThat(paused.status()).as("even the right password waits").isEqualTo(429);
        assertThat(paused.header("Retry-After")).isEqualTo("1");
        assertThat(paused.header("Content-Type")).startsWith("application/problem+json");
        clock.advance(Duration.ofSeconds(1));
        assertThat(right("pekka").status()).as("after the pause, and the success clears the count").isEqualTo(200);

        failCountedTimes("pekka", 10);
        var locked = right("pekka");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isEqualTo(Long.toString(Duration.ofMinutes(15).toSeconds()));
        assertThat(log.getOut()).contains("Password sign-in locked for PT15M after 10 failures: username 'pekka' from");
        assertThat(right("helena").status()).as("another username at the same address").isEqualTo(200);

        clock.advance(Duration.ofMinutes(15));
        assertThat(right("pekka").status()).as("a lock lasts a while, not for ever").isEqualTo(200);
    }

    @Test
    void aUsernameLockedAtOneAddressStillSignsInFromAnother() {
        for (int failure = 0; failure < 10; failure++) {
            var attempt = throttle.attempt("pekka", "192.0.2.10");
            attempt.refuseIfPaused();
            attempt.failed();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThatThrownBy(() -> throttle.attempt("pekka", "192.0.2.10").refuseIfPaused())
                .isInstanceOf(SignInPaused.class);
        assertThatCode(() -> throttle.attempt("pekka", "198.51.100.20").refuseIfPaused()).doesNotThrowAnyException();
    }

    @Test
    void manyUsernamesTriedFromOneAddressPauseThatAddressForEveryone() {
        for (int guess = 1; guess <= 20; guess++) {
            assertThat(wrong("arvaus-" + guess).status()).isEqualTo(401);
        }
        assertThat(wrong("arvaus-21").status()).isEqualTo(401);
        assertThat(right("helena").status()).as("paused for a second").isEqualTo(429);

        for (int guess = 22; guess <= 100; guess++) {
            failCountedTimes("arvaus-" + guess, 1);
        }
        var locked = right("helena");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isEqualTo("900");
    }

    @Test
    void anUnknownUsernameIsAnsweredAndCountedAsAKnownOneWithAWrongPassword() {
        var known = wrong("pekka");
        var unknown = wrong("ei-ketaan");
        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(401);
        assertThat(unknown.header("WWW-Authenticate")).isEqualTo(known.header("WWW-Authenticate"));
        assertThat(unknown.http().body()).isEqualTo(known.http().body());

        failCountedTimes("ei-ketaan", 3);
        assertThat(wrong("ei-ketaan").status()).isEqualTo(429);

        var form = PageSession.open(port);
        var knownOnForm = form.post("/signin", Map.of("username", "helena", "password", "väärä"));
        var unknownOnForm = form.post("/signin", Map.of("username", "ei-kukaan", "password", "väärä"));
        assertThat(unknownOnForm.status()).isEqualTo(knownOnForm.status()).isEqualTo(302);
        assertThat(unknownOnForm.header("Location")).isEqualTo(knownOnForm.header("Location")).endsWith("/signin?error");
    }

    /**
     * Equal time without measuring it: every attempt checks one hash, and an unknown username's
     * stand-in is of the same algorithm and cost as every password the directory keeps.
     */
    @Test
    void anUnknownUsernameIsCheckedAgainstAHashOfTheSameAlgorithmAndCostAsTheRealOnes() {
        var stored = jdbc.queryForList("SELECT password_hash FROM local_credential", String.class);
        assertThat(stored).isNotEmpty();
        String standIn = algorithmAndCost(signIn.standInHash());
        assertThat(stored).allSatisfy(hash -> assertThat(algorithmAndCost(hash)).isEqualTo(standIn));
    }

    @Test
    void theSignInFormSaysInTheReadersLanguageThatSignInIsPaused() {
        var browser = PageSession.open(port);
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(browser.post("/signin", Map.of("username", "pekka", "password", "väärä")).header("Location"))
                    .endsWith("/signin?error");
        }
        assertThat(browser.post("/signin", Map.of("username", "pekka", "password", "pekka-demo")).header("Location"))
                .endsWith("/signin?paused");

        assertThat(browser.get("/signin?paused", "Accept-Language", "fi").http().body())
                .contains("Liian monta epäonnistunutta kirjautumista").contains("enintään 15 minuuttia");
        assertThat(browser.get("/signin?paused", "Accept-Language", "sv").http().body())
                .contains("För många misslyckade inloggningar").contains("högst 15 minuter");
        assertThat(browser.get("/signin?paused", "Accept-Language", "en").http().body())
                .contains("Too many failed sign-ins").contains("at most 15 minutes");
    }

    @Test
    void aDirectoryThatCannotBeReadIsUnavailableNotAWrongPasswordAndCountsAgainstNoOne() {
        directory.unreadable(true);
        for (int attempt = 0; attempt < 12; attempt++) {
            var unavailable = attempt % 2 == 0 ? wrong("pekka") : right("pekka");
            assertThat(unavailable.status()).isEqualTo(503);
            assertThat(unavailable.header("Content-Type")).startsWith("application/problem+json");
            assertThat(unavailable.header("Retry-After")).isNotBlank();
            assertThat(unavailable.json().get("type").asString()).endsWith("/problems/service-unavailable");
        }
        var browser = PageSession.open(port);
        var page = browser.post("/signin", Map.of("username", "pekka", "password", "pekka-demo"),
                "Accept-Language", "sv");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.http().body()).contains("Något gick fel").doesNotContain("Exception");

        directory.unreadable(false);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sign_in_failure", Long.class)).isZero();
        assertThat(right("pekka").status()).isEqualTo(200);
    }

    /** Wrong passwords until that many have been counted, waiting out each pause on the moved clock. */
    private void failCountedTimes(String username, int failures) {
        for (int counted = 0; counted < failures; ) {
            var answer = wrong(username);
            if (answer.status() == 429) {
                clock.advance(Duration.ofSeconds(Long.parseLong(answer.header("Retry-After"))));
            } else {
                assertThat(answer.status()).isEqualTo(401);
                counted++;
            }
        }
    }

    private Api.Response wrong(String username) {
        return api.getWithPassword(PROFESSIONALS, username, "väärä-salasana");
    }

    private Api.Response right(String username) {
        return api.getWithPassword(PROFESSIONALS, username, username + "-demo");
    }

    private static String algorithmAndCost(String hash) {
        var parts = ALGORITHM_AND_COST.matcher(hash);
        assertThat(parts.matches()).as(hash.substring(0, Math.min(hash.length(), 15))).isTrue();
        return parts.group(1);
    }

    /** The directory as when its database cannot be reached: the lookup fails as a connection would. */
    static class UnreadableDirectory extends DirectorySignIn {

        private volatile boolean unreadable;

        UnreadableDirectory(LocalCredentialRepository credentials) {
            super(credentials);
        }

        /** A method, not a field: the bean is a transactional proxy, which passes on calls, not fields. */
        void unreadable(boolean now) {
            unreadable = now;
        }

        @Override
        Optional<SignedInProfessional> find(String username) {
            if (unreadable) {
                throw new DataAccessResourceFailureException("Connection to the directory's database refused");
            }
            return super.find(username);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }

        @Bean
        @Primary
        UnreadableDirectory unreadableDirectory(LocalCredentialRepository credentials) {
            return new UnreadableDirectory(credentials);
        }
    }
}
