package fi.perhekeskus.directory;

import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How local passwords are hashed: one definition for writing them (the demo directory) and for
 * checking them (sign-in), so that the stand-in hash sign-in checks for an unknown username is of
 * the same algorithm and cost as every real one, and takes as long.
 */
public final class PasswordHashing {

    /**
     * The demo passwords are printed in the README, so a slow hash protects nothing, while every
     * demo request over HTTP Basic would pay for checking it; deployments sign in at their identity
     * provider and keep no passwords.
     */
    private static final int COST = 4;

    private PasswordHashing() {
    }

    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2B, COST)));
    }
}
