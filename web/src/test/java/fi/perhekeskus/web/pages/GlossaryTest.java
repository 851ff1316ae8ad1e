package fi.perhekeskus.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The glossary holds (docs/language.md): each thing the pages, the history and the family's
 * report name has one word in each language, and the words the review turned down do not come
 * back. A new text that uses a rejected word fails here with the word to use instead and why.
 * The older choices of the field's words (seuranta, kieltäytyi, ikä ja kehitystaso, förbud, expired
 * and lapsed told apart) are {@link FieldWordsTest}'s.
 */
class GlossaryTest {

    /** A word the glossary turned down, an example of it, the word to use and why. */
    private record Rejected(String language, String pattern, String example, String instead, String why) {

        Pattern compiled() {
            return Pattern.compile(pattern,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        }
    }

    private static final List<Rejected> REJECTED = List.of(
            new Rejected("fi", "\\bja(?:kaa|kam|kan|kav|et)\\w*", "Suostumus tietojen jakamiseen",
                    "luovuttaa, luovutus", "the law's word for data crossing to a recipient, as in kieltää luovutuksen"),
            new Rejected("fi", "omatyöntekijyy", "Siirrä omatyöntekijyys",
                    "omatyöntekijän vaihto", "the history and the access log say vaihto"),
            new Rejected("fi", "\\btyöntekijän huomio", "Työntekijän huomio",
                    "ammattilaisen huomio", "a professional is an ammattilainen everywhere else"),
            new Rejected("fi", "\\bavoi\\w* kutsu", "Avoimet kutsut",
                    "vastaamaton kutsu", "avoin is a need's and a case's state"),
            new Rejected("fi", "myöhäisemp", "Valitse myöhäisempi päivä",
                    "myöhempi", "a later date is myöhempi; myöhäinen is late in the day"),
            new Rejected("fi", "(?<!potilas- ja )sosiaaliasiavastaa", "kääntyä sosiaaliasiavastaavan puoleen",
                    "potilas- ja sosiaaliasiavastaava", "the office's title since 2024"),
            new Rejected("fi", "\\besimie", "yksikön esimies", "esihenkilö", "the glossary's supervisor"),
            new Rejected("fi", "vastuutyöntekijä", "vastuutyöntekijä", "omatyöntekijä", "the glossary's key worker"),
            new Rejected("fi", "kuittau", "tukitoimen kuittaus", "merkitä tehdyksi", "the button says Merkitse tehdyksi"),
            new Rejected("fi", "palvelusuunnitelm", "palvelusuunnitelma",
                    "yhteinen asiakassuunnitelma", "a service plan is another document"),

            new Rejected("sv", "\\bdela(?:s|t|ts|d|de|des|r)?\\b", "Samtycke till att dela uppgifter",
                    "lämna ut, utlämnande", "the law's word, as in förbjuder utlämnande"),
            new Rejected("sv", "\\btack\\w* (?:ja|nej)\\b", "tackade nej till inbjudan",
                    "acceptera, avböja", "one pair of words for answering an invitation"),
            new Rejected("sv", "\\bgodkän\\w* inbjudan", "Godkänn inbjudan",
                    "acceptera inbjudan", "godkänna is the family's agreement and approval"),
            new Rejected("sv", "(?<!egen )(?<!egna )kontaktperson", "Ny kontaktperson",
                    "egen kontaktperson", "the Social Welfare Act's word for omatyöntekijä"),
            new Rejected("sv", "\\böverför\\w* (?:av )?rollen", "Överför rollen som egen kontaktperson",
                    "byte av egen kontaktperson", "the history and the access log say byte"),
            new Rejected("sv", "\\bpersonalens\\b", "Personalens anteckning",
                    "yrkespersonens", "a professional is a yrkesperson everywhere else"),
            new Rejected("sv", "genomför", "Stödåtgärden genomfördes", "utförd, utfördes", "the status says utförd"),
            new Rejected("sv", "kvitter", "kvittera en stödåtgärd", "markera som utförd", "the button says so"),
            new Rejected("sv", "\\blogg(?:en)?\\b", "antecknas i loggen", "åtkomstloggen", "the page's name"),
            new Rejected("sv", "\\binte ännu\\b", "inte ännu avtalad", "ännu inte", "a finlandism in written Swedish"),
            new Rejected("sv", "\\blämna bort\\b", "lämna bort behovet", "välja bort, utelämna",
                    "a finlandism in written Swedish"),
            new Rejected("sv", "\\bgäller till\\b(?! och med)", "Gäller till 3.12.2026",
                    "gäller till och med", "a consent is valid through its end date"),
            new Rejected("sv", "familjecentral", "familjecentralen", "familjecenter", "the word used in Finland"),
            new Rejected("sv", "\\b(?:enhets)?chef", "enhetschefen", "förman", "the glossary's supervisor"),
            new Rejected("sv", "klientrelation", "klientrelationen", "klientskap", "the glossary's case"),
            new Rejected("sv", "\\bsakkunnige\\b", "den sakkunnige", "den sakkunniga",
                    "the form used of anyone, whoever they are"),
            new Rejected("sv", "utvärder", "utvärdering av planen", "uppföljning", "a review follows the plan up"),

            new Rejected("en", "\\bdisclos(?:e|es|ed|ing)\\b", "decide on disclosing this need",
                    "share", "plain English; 'disclosure' names only the report and its entries"),
            new Rejected("en", "\\bthemself\\b", "the child themself", "themselves", "British usage"),
            new Rejected("en", "registry office", "the family centre’s registry office",
                    "registry (kirjaamo)", "a registry office in Britain registers births and marriages"),
            new Rejected("en", "(?<!patient and )social welfare ombudsman", "contact the social welfare ombudsman",
                    "patient and social welfare ombudsman", "the office's title since 2024"),
            new Rejected("en", "\\banswer by\\b", "answer by 3 Dec 2026", "respond by", "the form's field says so"),
            new Rejected("en", "\\bcomplet", "A support action was completed", "done, marked done",
                    "the status says done"),
            new Rejected("en", "\\bcase ?workers?\\b", "the caseworker", "key worker", "the glossary's key worker"),
            new Rejected("en", "family’s agreement", "Awaiting the family’s agreement", "the family’s answer",
                    "a member's yes or no is an answer"),
            new Rejected("en", "\\bcenter\\b", "family center", "centre", "British spelling"),
            new Rejected("en", "\\bcanceled\\b", "canceled", "cancelled", "British spelling"),
            new Rejected("en", "\\bbehavior", "behavior", "behaviour", "British spelling"),
            new Rejected("en", "organiz", "organization", "organisation", "British spelling"),
            new Rejected("en", "\\bcounsel(?:or|ing)\\b", "family counseling", "counsellor, counselling",
                    "British spelling"),
            new Rejected("en", "\\bprogram\\b", "a support program", "programme", "British spelling"));

    /** The glossary's word for each thing, as the pages name it: fi, sv, en. */
    private static final Map<String, List<String>> HEADWORDS = Map.ofEntries(
            Map.entry("enum.ActorRole.KEY_WORKER", List.of("omatyöntekijä", "egen kontaktperson", "key worker")),
            Map.entry("enum.ActorRole.SPECIALIST", List.of("asiantuntija", "sakkunnig", "specialist")),
            Map.entry("enum.ActorRole.SUPERVISOR", List.of("esihenkilö", "förman", "supervisor")),
            Map.entry("cases.case", List.of("Asiakkuus", "Klientskap", "Case")),
            Map.entry("case.title", List.of("{0} – yhteinen asiakassuunnitelma", "{0} – gemensam klientplan",
                    "{0} – shared client plan")),
            Map.entry("field.memberId", List.of("Perheenjäsen", "Familjemedlem", "Family member")),
            Map.entry("diff.section.needs", List.of("Tarve", "Behov", "Need")),
            Map.entry("form.childView", List.of("Lapsen näkemys", "Barnets åsikt", "The child’s view")),
            Map.entry("diff.section.actions", List.of("Tukitoimi", "Stödåtgärd", "Support action")),
            Map.entry("plan.network", List.of("Verkosto", "Nätverket", "Network")),
            Map.entry("diff.section.members", List.of("Verkoston jäsen", "Nätverksmedlem", "Network member")),
            Map.entry("diff.section.invitations", List.of("Kutsu", "Inbjudan", "Invitation")),
            Map.entry("diff.section.consents", List.of("Suostumus", "Samtycke", "Consent")),
            Map.entry("enum.ConsentDecision.REFUSE", List.of("kieltää luovutuksen", "förbjuder utlämnande",
                    "refuses sharing")),
            Map.entry("field.childMaturityAssessed", List.of("Lapsen ikä ja kehitystaso",
                    "Barnets ålder och utvecklingsnivå", "The child’s age and level of development")),
            Map.entry("enum.InvitationStatus.ACCEPTED", List.of("hyväksytty", "accepterad", "accepted")),
            Map.entry("enum.InvitationStatus.DECLINED", List.of("kieltäytyi", "avböjd", "declined")),
            Map.entry("enum.InvitationStatus.EXPIRED", List.of("vastausaika umpeutui", "svarstiden gick ut", "expired")),
            Map.entry("enum.InvitationStatus.LAPSED", List.of("rauennut", "förföll", "lapsed")),
            Map.entry("plan.reviews", List.of("Seurannat", "Uppföljningar", "Reviews")),
            Map.entry("plan.approval", List.of("Perheen hyväksyntä", "Familjens godkännande", "The family’s approval")),
            Map.entry("enum.ActionStatus.COMPLETED", List.of("tehty", "utförd", "done")),
            Map.entry("field.dueDate", List.of("Määräaika", "Tidsfrist", "Due date")),
            Map.entry("plan.professionalNote", List.of("Ammattilaisen huomio", "Yrkespersonens anteckning",
                    "Professional’s note")),
            Map.entry("action.handOver", List.of("Vaihda omatyöntekijä", "Byt egen kontaktperson",
                    "Hand over to another key worker")),
            Map.entry("nav.accessLog", List.of("Käyttöloki", "Åtkomstlogg", "Access log")),
            Map.entry("print.unit", List.of("Perhekeskus", "Familjecenter", "Family centre")));

    /** Texts that name the same thing in two places, and so must say it in the same words. */
    private static final List<List<String>> SAME_THING = List.of(
            List.of("field.purpose", "diff.field.purpose"),
            List.of("field.dueDate", "diff.field.dueDate"),
            List.of("field.outcome", "diff.field.outcome"),
            List.of("field.responsible", "diff.field.responsible"),
            List.of("field.respondBy", "diff.field.respondBy"),
            List.of("field.validUntil", "plan.consent.validUntil", "diff.field.validUntil"),
            List.of("plan.professionalNote", "diff.field.professionalNote"),
            List.of("form.accept", "invitations.accept"),
            List.of("action.closeNeed", "form.closeNeed"),
            List.of("action.withdrawInvitation", "form.withdrawInvitation"));

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void noTextUsesAWordTheGlossaryRejects(String language) {
        var found = new ArrayList<String>();
        for (String bundle : bundles(language)) {
            load(bundle).forEach((key, text) -> REJECTED.stream()
                    .filter(rejected -> rejected.language().equals(language))
                    .forEach(rejected -> {
                        Matcher matcher = rejected.compiled().matcher(text.toString());
                        if (matcher.find()) {
                            found.add(bundle + " " + key + ": '" + matcher.group() + "', write "
                                    + rejected.instead() + " (" + rejected.why() + ")");
                        }
                    }));
        }
        assertThat(found).as("words the glossary (docs/language.md) rejects").isEmpty();
    }

    /** Each rule finds what it rejects and leaves alone the word it asks for, so none is a blank. */
    @Test
    void eachRejectionFindsItsExampleAndSparesTheWordToUse() {
        for (Rejected rejected : REJECTED) {
            assertThat(rejected.compiled().matcher(rejected.example()).find())
                    .as("'%s' finds its example '%s'", rejected.pattern(), rejected.example()).isTrue();
            for (String word : rejected.instead().split(", ")) {
                assertThat(rejected.compiled().matcher(word).find())
                        .as("'%s' spares '%s'", rejected.pattern(), word).isFalse();
            }
        }
    }

    @Test
    void eachThingIsNamedByTheGlossarysWord() {
        for (int index = 0; index < LANGUAGES.size(); index++) {
            String language = LANGUAGES.get(index);
            Properties texts = load(pages(language));
            for (var headword : HEADWORDS.entrySet()) {
                assertThat(texts.getProperty(headword.getKey())).as("%s %s", language, headword.getKey())
                        .isEqualTo(headword.getValue().get(index));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void oneThingIsSaidInTheSameWordsWhereverItIsNamed(String language) {
        Properties texts = load(pages(language));
        for (List<String> keys : SAME_THING) {
            assertThat(keys.stream().map(texts::getProperty).distinct())
                    .as("%s %s", language, keys).hasSize(1);
        }
    }

    /**
     * Apostrophes are typographic (’). A straight one also vanishes from a text with arguments,
     * which MessageFormat reads as a quote; only the date patterns quote on purpose.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void apostrophesAreTypographic(String language) {
        for (String bundle : bundles(language)) {
            load(bundle).forEach((key, text) -> {
                if (!key.toString().startsWith("format.")) {
                    assertThat(text.toString()).as(bundle + " " + key).doesNotContain("'");
                }
            });
        }
    }

    private static String pages(String language) {
        return language.equals("fi") ? "messages.properties" : "messages_" + language + ".properties";
    }

    private static List<String> bundles(String language) {
        return List.of(pages(language), "history/summaries_" + language + ".properties",
                "disclosure/report_" + language + ".properties");
    }

    private static Properties load(String bundle) {
        var texts = new Properties();
        try (var in = new InputStreamReader(GlossaryTest.class.getResourceAsStream("/" + bundle),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return texts;
    }
}
