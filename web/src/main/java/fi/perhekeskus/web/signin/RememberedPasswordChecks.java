package fi.perhekeskus.web.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic sends the password with every API request, and a password hash is slow to check on
 * purpose: checked every time, it would cost more than the command it lets in. A check that
 * succeeded is remembered by an HMAC of the stored hash and the password under a key that exists
 * only in this process, never by the password itself. A changed password has a new stored hash,
 * so nothing remembered about the old one applies; whether the professional may sign in at all is
 * still read from the directory on every request.
 */
final class RememberedPasswordChecks implements PasswordEncoder {

    /** Far more than the people signed in at once; past it, all is forgotten and checked afresh. */
    private static final int REMEMBERED = 10_000;
    private static final String HMAC = "HmacSHA256";

    private final PasswordEncoder hashes;
    private final SecretKeySpec key;
    private final Set<String> succeeded = ConcurrentHashMap.newKeySet();

    RememberedPasswordChecks(PasswordEncoder hashes) {
        this.hashes = hashes;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hashes.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return hashes.matches(rawPassword, encodedPassword);
        }
        String pair = fingerprint(rawPassword, encodedPassword);
        if (succeeded.contains(pair)) {
            return true;
        }
        boolean matches = hashes.matches(rawPassword, encodedPassword);
        if (matches) {
            if (succeeded.size() >= REMEMBERED) {
                succeeded.clear();
            }
            succeeded.add(pair);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashes.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", unavailable);
        }
    }
}
