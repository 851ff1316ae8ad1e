package fi.perhekeskus.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberedPasswordChecksTest {

    private final AtomicInteger hashChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new CountedChecks(new BCryptPasswordEncoder(4));
    private final RememberedPasswordChecks checks = new RememberedPasswordChecks(bcrypt);
    private final String stored = bcrypt.encode("maija-demo");

    @Test
    void aPasswordThatMatchedIsNotHashedAgain() {
        assertThat(checks.matches("maija-demo", stored)).isTrue();
        assertThat(checks.matches("maija-demo", stored)).isTrue();

        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverMatches() {
        assertThat(checks.matches("maija-demo", stored)).isTrue();

        assertThat(checks.matches("maija-dem0", stored)).isFalse();
        assertThat(checks.matches("maija-dem0", stored)).isFalse();
        assertThat(hashChecks).hasValue(3);
    }

    @Test
    void aChangedPasswordIsCheckedAgainstItsNewHash() {
        assertThat(checks.matches("maija-demo", stored)).isTrue();
        String changed = bcrypt.encode("uusi-salasana");

        assertThat(checks.matches("maija-demo", changed)).isFalse();
        assertThat(checks.matches("uusi-salasana", changed)).isTrue();
    }

    @Test
    void nothingIsRememberedAcrossInstances() {
        assertThat(checks.matches("maija-demo", stored)).isTrue();

        assertThat(new RememberedPasswordChecks(bcrypt).matches("maija-demo", stored)).isTrue();
        assertThat(hashChecks).hasValue(2);
    }

    private final class CountedChecks implements PasswordEncoder {

        private final PasswordEncoder hashes;

        CountedChecks(PasswordEncoder hashes) {
            this.hashes = hashes;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return hashes.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            hashChecks.incrementAndGet();
            return hashes.matches(rawPassword, encodedPassword);
        }
    }
}
