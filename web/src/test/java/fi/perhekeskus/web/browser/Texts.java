package fi.perhekeskus.web.browser;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The UI's texts in one language, read from the same bundle the pages use. */
final class Texts {

    private final Properties texts = new Properties();
    private final Locale locale;

    Texts(String language) {
        this.locale = Locale.forLanguageTag(language);
        String name = "fi".equals(language) ? "/messages.properties" : "/messages_" + language + ".properties";
        try (var in = new InputStreamReader(Texts.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    String get(String key, Object... arguments) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No text " + key + " for " + locale);
        }
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }
}
