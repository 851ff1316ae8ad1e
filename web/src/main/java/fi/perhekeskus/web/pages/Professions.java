package fi.perhekeskus.web.pages;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A profession as the directory writes it, in the reader's language: the directory (the
 * organisation's identity provider or HR system) has one title per professional, and the bundles
 * translate the titles they know. A title they do not know is shown as the directory writes it.
 * Templates use it as {@code @professions}.
 */
@Component("professions")
public class Professions {

    private final MessageSource messages;

    Professions(MessageSource messageSource) {
        this.messages = messageSource;
    }

    public String of(String profession) {
        if (profession == null || profession.isBlank()) {
            return "";
        }
        String key = "profession." + profession.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return messages.getMessage(key, null, profession, LocaleContextHolder.getLocale());
    }
}
