package fi.perhekeskus.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import fi.perhekeskus.testing.PlanEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** Every event the plan stores has a summary in each of the three languages, and nothing else has. */
class SummariesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void everyStoredEventHasASummaryInTheLanguage(String language) throws IOException {
        var summaries = new Properties();
        try (var file = new InputStreamReader(
                new ClassPathResource("history/summaries_" + language + ".properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            summaries.load(file);
        }
        List<String> events = PlanEvents.stored().stream()
                .map(Class::getSimpleName)
                .toList();

        assertThat(summaries.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(events);
        assertThat(summaries.values()).allSatisfy(summary -> assertThat(summary.toString()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi-FI", "sv-FI", "en-GB", "de-DE"})
    void aReaderGetsTheirLanguageOrFinnish(String tag) {
        var summaries = new HistoryConfiguration().historySummaries();

        String summary = summaries.getMessage("ConsentWithdrawn", null, Locale.forLanguageTag(tag));

        assertThat(summary).isEqualTo(switch (tag) {
            case "sv-FI" -> "Samtycket återkallades";
            case "en-GB" -> "A consent was withdrawn";
            default -> "Suostumus peruttiin";
        });
    }
}
