package fi.perhekeskus.plan.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The language the family is served in, and whether it needs an interpreter to be. What is produced
 * for the family is written in it where the system can (Finnish, Swedish, English).
 *
 * @param code              the language's two-letter ISO 639-1 code: {@code fi}, {@code sv}, or any
 *                          other language the family speaks ({@code ar}, {@code so}, {@code en}…)
 * @param interpreterNeeded whether meetings with the family need an interpreter
 */
public record FamilyLanguage(String code, boolean interpreterNeeded) {

    /** What a case opened before the family's language was recorded is read as: see docs/domain-decisions.md. */
    public static final FamilyLanguage FINNISH = new FamilyLanguage("fi", false);

    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    public FamilyLanguage {
        Objects.requireNonNull(code, "code");
    }

    /** Whether the code names a language of ISO 639-1. */
    public boolean known() {
        return CODES.contains(code);
    }
}
