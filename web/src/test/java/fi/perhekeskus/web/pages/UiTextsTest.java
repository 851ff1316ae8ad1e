package fi.perhekeskus.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.accesslog.AccessEntry;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.audit.versions.PlanDiff;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedStatus;
import fi.perhekeskus.plan.api.PlanRule;
import org.junit.jupiter.api.Test;

/**
 * Every text the pages can ask for is in the Finnish, Swedish and English bundles: the keys the
 * templates and page classes name, each value of the enums the pages show, each rule of the plan,
 * and each constraint a form's field can break.
 */
class UiTextsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path PAGES = Path.of("src/main/java/fi/perhekeskus/web");

    @Test
    void theThreeLanguagesHaveTheSameTexts() {
        var finnish = load("messages.properties").stringPropertyNames();
        assertThat(new TreeSet<>(load("messages_sv.properties").stringPropertyNames())).isEqualTo(new TreeSet<>(finnish));
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames())).isEqualTo(new TreeSet<>(finnish));
        Stream.of("messages.properties", "messages_sv.properties", "messages_en.properties")
                .forEach(bundle -> load(bundle).forEach((key, text) ->
                        assertThat(text.toString()).as(bundle + " " + key).isNotBlank()));
    }

    @Test
    void everyTextThePagesNameExists() throws IOException {
        var keys = load("messages.properties").stringPropertyNames();
        var named = new TreeSet<String>();
        try (var templates = Files.list(TEMPLATES)) {
            for (Path template : templates.toList()) {
                named.addAll(find(Files.readString(template), "#\\{([a-zA-Z][\\w.]*)[}(]"));
                named.addAll(find(Files.readString(template), "#\\{'([a-zA-Z][\\w.]*)'"));
            }
        }
        try (var sources = Files.walk(PAGES)) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                named.addAll(find(code, "\"((?:form|field|error|rule)\\.[\\w.]+)\""));
                find(code, "field\\(\"(\\w+)\",").forEach(field -> named.add("field." + field));
            }
        }
        named.removeIf(key -> key.endsWith("."));
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(keys).containsAll(named);
    }

    @Test
    void everyValueThePagesShowHasItsName() {
        var keys = load("messages.properties").stringPropertyNames();
        var expected = new ArrayList<String>();
        names(expected, "enum.MemberRole.", MemberRole.values());
        names(expected, "enum.FamilyMembershipEndReason.", FamilyMembershipEndReason.values());
        names(expected, "enum.NeedStatus.", NeedStatus.values());
        names(expected, "enum.NeedOutcome.", NeedOutcome.values());
        names(expected, "enum.AgreementDecision.", AgreementDecision.values());
        names(expected, "enum.AgreementChannel.", AgreementChannel.values());
        names(expected, "enum.ConsentDecision.", ConsentDecision.values());
        names(expected, "enum.ConsentForm.", ConsentForm.values());
        names(expected, "enum.HowHeard.", HowHeard.values());
        names(expected, "enum.ConsentStatus.", CaseView.Consent.Status.values());
        names(expected, "enum.InvitationStatus.", CaseView.Invitation.Status.values());
        names(expected, "enum.ActionStatus.", CaseView.SupportAction.Status.values());
        names(expected, "enum.CaseStatus.", CaseView.Status.values());
        names(expected, "enum.ActorRole.", ActorRole.values());
        names(expected, "enum.Basis.", Basis.values());
        names(expected, "enum.Outcome.", AccessEntry.Outcome.values());
        names(expected, "cases.title.", ProfessionalRole.values());
        names(expected, "diff.kind.", PlanDiff.Kind.values());
        names(expected, "rule.", PlanRule.values());
        Stream.of("needs", "agreements", "consents", "members", "invitations", "actions")
                .forEach(section -> expected.add("diff.section." + section));
        Stream.of("NotNull", "NotEmpty", "Size", "Pattern", "PositiveOrZero", "typeMismatch").forEach(expected::add);
        assertThat(keys).containsAll(expected);
    }

    private static void names(List<String> expected, String prefix, Enum<?>[] values) {
        Arrays.stream(values).forEach(value -> expected.add(prefix + value.name()));
    }

    private static Set<String> find(String text, String pattern) {
        var found = new TreeSet<String>();
        var matcher = Pattern.compile(pattern).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String bundle) {
        var texts = new Properties();
        try (var in = new InputStreamReader(UiTextsTest.class.getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return texts;
    }
}
