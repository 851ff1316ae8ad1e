package fi.perhekeskus.web.pages;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import fi.perhekeskus.plan.api.FamilyLanguage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A family's language in the reader's words ("ruotsi", "svenska", "Swedish"), the languages a form
 * offers, and which of them a document for the family can be written in. Templates use it as
 * {@code @familyLanguages}.
 */
@Component("familyLanguages")
public class FamilyLanguages {

    /** The country's two official languages first: most families speak one of them. */
    private static final List<String> FIRST = List.of("fi", "sv");

    /** The language's name in the reader's language. */
    public String name(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(LocaleContextHolder.getLocale());
    }

    /** Every language of ISO 639-1, Finnish and Swedish first, the rest by their names in the reader's language. */
    public List<Form.Option> options() {
        Locale reader = LocaleContextHolder.getLocale();
        Collator byName = Collator.getInstance(reader);
        Stream<String> others = Arrays.stream(Locale.getISOLanguages())
                .map(code -> Locale.forLanguageTag(code).getLanguage())
                .distinct()
                .filter(code -> !FIRST.contains(code))
                .sorted(Comparator.comparing(this::name, byName));
        return Stream.concat(FIRST.stream(), others).map(code -> Form.Option.named(code, name(code))).toList();
    }

    /**
     * The language a document for the family is written in, if the pages have it (Finnish, Swedish,
     * English); empty for any other, which the reader then chooses.
     */
    public static Optional<String> writable(FamilyLanguage language) {
        return Languages.SUPPORTED.stream().map(Locale::getLanguage)
                .filter(supported -> supported.equals(language.code()))
                .findFirst();
    }
}
