package fi.perhekeskus.web.pages;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The family's own words quoted as the reader's language quotes: ”näin” in Finnish and Swedish,
 * “so” in English.
 */
public final class Quotes {

    private Quotes() {
    }

    public static String quoted(String text) {
        String words = text == null ? "" : text;
        return "en".equals(LocaleContextHolder.getLocale().getLanguage())
                ? "\u201c" + words + "\u201d"
                : "\u201d" + words + "\u201d";
    }
}
