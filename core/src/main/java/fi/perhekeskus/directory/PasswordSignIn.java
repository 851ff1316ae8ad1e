package fi.perhekeskus.directory;

/** A professional who signs in with a password, with the hash to check it against. */
public record PasswordSignIn(Professional professional, String passwordHash) {
}
