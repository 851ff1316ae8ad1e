package fi.perhekeskus.audit.history;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The history's summaries in Finnish, Swedish and English ({@code history/summaries_*.properties}),
 * one per event type. A reader asking for another language gets Finnish, the language the
 * deployment works in.
 */
@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

    static final String SUMMARIES = "historySummaries";
    static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Bean(SUMMARIES)
    MessageSource historySummaries() {
        var summaries = new ResourceBundleMessageSource();
        summaries.setBasename("history/summaries");
        summaries.setDefaultEncoding("UTF-8");
        summaries.setFallbackToSystemLocale(false);
        summaries.setDefaultLocale(FINNISH);
        return summaries;
    }
}
