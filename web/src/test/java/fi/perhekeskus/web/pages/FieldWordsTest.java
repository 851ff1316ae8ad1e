package fi.perhekeskus.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words the field uses, in everything the family and the professionals read: the pages, the
 * history's summaries and the disclosure report. A review is follow-up ("seuranta"), not the
 * assessment of service need ("arviointi"); a declined invitation was declined ("kieltäytyi"), not
 * rejected; the maturity assessment is the law's "age and level of development"; a refusal is one
 * word in Swedish (förbud); an invitation whose time ran out and one that lapsed are told apart.
 */
class FieldWordsTest {

    /** Stems that must not come back in the Finnish texts, and why. */
    private static final List<String> BANNED_FINNISH = List.of(
            "arvioin",  // arviointi is the assessment of service need, not the plan's follow-up
            "hylät",    // a specialist declines (kieltäytyi); nothing is rejected (hylätty)
            "hylkä",
            "kypsy");   // the law speaks of age and level of development (ikä ja kehitystaso)

    private static final List<String> BANNED_SWEDISH = List.of(
            "vägra",    // one word for a refusal: förbud
            "mognad");  // ålder och utvecklingsnivå

    @Test
    void finnishTextsUseTheFieldsWords() {
        for (String bundle : bundles("fi")) {
            load(bundle).forEach((key, text) -> BANNED_FINNISH.forEach(stem ->
                    assertThat(text.toString().toLowerCase(Locale.ROOT)).as(bundle + " " + key).doesNotContain(stem)));
        }
    }

    @Test
    void swedishTextsUseTheFieldsWords() {
        for (String bundle : bundles("sv")) {
            load(bundle).forEach((key, text) -> BANNED_SWEDISH.forEach(stem ->
                    assertThat(text.toString().toLowerCase(Locale.ROOT)).as(bundle + " " + key).doesNotContain(stem)));
        }
    }

    @Test
    void aReviewIsFollowUpAndARefusalForbidsDisclosure() {
        Properties finnish = load("messages.properties");
        assertThat(finnish.getProperty("action.review")).containsIgnoringCase("seuranta");
        assertThat(finnish.getProperty("enum.ConsentDecision.REFUSE")).isEqualTo("kieltää luovutuksen");
        assertThat(finnish.getProperty("enum.InvitationStatus.DECLINED")).isEqualTo("kieltäytyi");
        assertThat(finnish.getProperty("field.childMaturityAssessed")).isEqualTo("Lapsen ikä ja kehitystaso");
        assertThat(load("history/summaries_fi.properties").getProperty("ReviewRecorded")).containsIgnoringCase("seuranta");
        Properties swedish = load("messages_sv.properties");
        assertThat(swedish.getProperty("enum.ConsentDecision.REFUSE")).containsIgnoringCase("förbjud");
        assertThat(swedish.getProperty("field.childMaturityAssessed.yes")).contains("ålder och utvecklingsnivå");
    }

    /** The key worker and the supervisors see by their role; only the network sees by consent. */
    @Test
    void theFooterDoesNotClaimThatEverythingIsSeenOnlyByConsent() {
        assertThat(load("messages.properties").getProperty("layout.footer")).contains("omatyöntekijä", "esihenkilö");
        assertThat(load("messages_sv.properties").getProperty("layout.footer")).contains("kontaktperson", "förmän");
        assertThat(load("messages_en.properties").getProperty("layout.footer")).contains("key worker", "supervisors");
    }

    /**
     * An invitation whose time to answer ran out and one that lapsed (its needs closed, its consent
     * ended) are different facts: no word of one is a word of the other, in any language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void expiredAndLapsedInvitationsShareNoWord(String language) {
        Properties messages = load(language.equals("fi") ? "messages.properties" : "messages_" + language + ".properties");
        Properties summaries = load("history/summaries_" + language + ".properties");
        Set<String> invitation = stems(messages.getProperty("plan.invitations") + " "
                + messages.getProperty("subject.invitation") + " " + summaries.getProperty("InvitationWithdrawn"));

        Set<String> expired = stems(messages.getProperty("enum.InvitationStatus.EXPIRED") + " "
                + messages.getProperty("history.said.InvitationExpired") + " " + summaries.getProperty("InvitationExpired"));
        Set<String> lapsed = stems(messages.getProperty("enum.InvitationStatus.LAPSED") + " "
                + messages.getProperty("history.said.InvitationLapsed") + " " + summaries.getProperty("InvitationLapsed"));
        expired.removeAll(invitation);
        lapsed.removeAll(invitation);

        assertThat(expired).as("expired invitation in %s", language).isNotEmpty().doesNotContainAnyElementsOf(lapsed);
        assertThat(lapsed).as("lapsed invitation in %s", language).isNotEmpty();
        assertThat(stems(messages.getProperty("enum.InvitationStatus.EXPIRED")))
                .doesNotContainAnyElementsOf(stems(messages.getProperty("enum.InvitationStatus.LAPSED")));
    }

    /** Each word of four letters or more, by its first five letters: inflections of one word meet. */
    private static Set<String> stems(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(word -> word.length() >= 4)
                .map(word -> word.substring(0, Math.min(5, word.length())))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> bundles(String language) {
        String pages = language.equals("fi") ? "messages.properties" : "messages_" + language + ".properties";
        return Stream.of(pages, "history/summaries_" + language + ".properties",
                "disclosure/report_" + language + ".properties").toList();
    }

    private static Properties load(String bundle) {
        var texts = new Properties();
        try (var in = new InputStreamReader(FieldWordsTest.class.getResourceAsStream("/" + bundle),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return texts;
    }
}
