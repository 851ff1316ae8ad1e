package fi.perhekeskus.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import fi.perhekeskus.plan.api.ConsentPolicy;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader writes them ({@code 22.11.2026} in Finnish and in Finland's Swedish,
 * {@code 22 Nov 2026} in English), in the family centre's time zone. Templates use it as {@code @dates}.
 */
@Component("dates")
public class PageDates {

    private final MessageSource messageSource;
    private final ConsentPolicy policy;

    PageDates(MessageSource messageSource, ConsentPolicy policy) {
        this.messageSource = messageSource;
        this.policy = policy;
    }

    public String date(LocalDate date) {
        return date == null ? "" : format("format.date").format(date);
    }

    /** The day an instant fell on in the family centre. */
    public String day(Instant instant) {
        return instant == null ? "" : date(instant.atZone(policy.zone()).toLocalDate());
    }

    public String time(Instant instant) {
        return instant == null ? "" : format("format.datetime").format(instant.atZone(policy.zone()));
    }

    /** To the second, where the order of moments matters: the access log. */
    public String seconds(Instant instant) {
        return instant == null ? "" : format("format.datetimeSeconds").format(instant.atZone(policy.zone()));
    }

    /** For a {@code datetime-local} input: the instant in the family centre's time zone. */
    public String local(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE_TIME
                .format(instant.atZone(policy.zone()).toLocalDateTime().withNano(0));
    }

    private DateTimeFormatter format(String key) {
        var locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messageSource.getMessage(key, null, locale), locale);
    }
}
