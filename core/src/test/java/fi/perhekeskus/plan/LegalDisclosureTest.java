package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.FATHER;
import static fi.perhekeskus.plan.TestPlan.LEO;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.REFUSAL;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SLEEP;
import static fi.perhekeskus.plan.TestPlan.TODAY;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.CaseClosed;
import fi.perhekeskus.plan.api.DisclosedOnLegalBasis;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.FamilyMembershipEnded;
import fi.perhekeskus.plan.api.LegalBasis;
import fi.perhekeskus.plan.api.NeedClosed;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordLegalDisclosure;

/**
 * Disclosures the law obliges, which need no consent and which no refusal stops: a child welfare
 * notification (lastensuojelulaki 25 §) or another authority's statutory request. They are recorded
 * with the basis, the recipient and what was disclosed, and open nothing in the system.
 */
class LegalDisclosureTest extends PlanTest {

    private static final UUID NOTIFICATION = TestPlan.id("child welfare notification");
    private static final String SOCIAL_SERVICES = "Itäkaupungin lastensuojelu";
    private static final String WHAT = "Huoli Emman koulunkäynnistä ja illoista kotona.";

    private static RecordLegalDisclosure notification(Set<UUID> members, Set<UUID> needs) {
        return new RecordLegalDisclosure(CASE, NOTIFICATION, LegalBasis.CHILD_WELFARE_NOTIFICATION, null,
                SOCIAL_SERVICES, members, needs, WHAT, TODAY);
    }

    private static DisclosedOnLegalBasis notified(Set<UUID> members, Set<UUID> needs) {
        return new DisclosedOnLegalBasis(CASE, NOTIFICATION, LegalBasis.CHILD_WELFARE_NOTIFICATION, null,
                SOCIAL_SERVICES, members, needs, WHAT, TODAY);
    }

    private static RecordLegalDisclosure request(String provision, String recipient) {
        return new RecordLegalDisclosure(CASE, NOTIFICATION, LegalBasis.AUTHORITY_REQUEST, provision, recipient,
                Set.of(EMMA), Set.of(), WHAT, TODAY);
    }

    @Test
    void aChildWelfareNotificationNeedsNoConsent() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(notification(Set.of(EMMA), Set.of(SCHOOL)))
                .expectEvents(notified(Set.of(EMMA), Set.of(SCHOOL)));
    }

    @Test
    void noRefusalStopsIt() {
        given(History.opened().agreedNeed(SCHOOL, EMMA)
                .refused(REFUSAL, MOTHER, Recipient.professional(TestPlan.SPECIALIST), SCHOOL)
                .refused(TestPlan.id("emma refuses"), EMMA, Recipient.professional(TestPlan.SPECIALIST), SCHOOL))
                .when(notification(Set.of(EMMA, MOTHER), Set.of(SCHOOL)))
                .expectEvents(notified(Set.of(EMMA, MOTHER), Set.of(SCHOOL)));
    }

    @Test
    void itMayTellWhatNoNeedRecords() {
        given(History.opened())
                .when(notification(Set.of(LEO), Set.of()))
                .expectEvents(notified(Set.of(LEO), Set.of()));
    }

    @Test
    void itMayNameANeedNeitherAgreedNorOpen() {
        given(History.opened().need(SLEEP, LEO).agreedNeed(SCHOOL, EMMA)
                .then(new NeedClosed(CASE, SCHOOL, NeedOutcome.MET, null)))
                .when(notification(Set.of(EMMA, LEO), Set.of(SCHOOL, SLEEP)))
                .expectEvents(notified(Set.of(EMMA, LEO), Set.of(SCHOOL, SLEEP)));
    }

    @Test
    void itMayConcernAMemberWhoHasLeft() {
        given(History.opened().then(new FamilyMembershipEnded(CASE, FATHER, FamilyMembershipEndReason.MOVED_OUT,
                null)))
                .when(notification(Set.of(FATHER), Set.of()))
                .expectEvents(notified(Set.of(FATHER), Set.of()));
    }

    @Test
    void itIsRecordedAfterTheCaseClosed() {
        given(History.opened().then(new CaseClosed(CASE, "Tuki päättyi", "Yhteinen työ päättyi", null)))
                .when(notification(Set.of(EMMA), Set.of()))
                .expectEvents(notified(Set.of(EMMA), Set.of()));
    }

    @Test
    void anAuthoritysRequestNamesItsProvision() {
        given(History.opened())
                .when(request("Poliisilaki 4:2", "Itä-Suomen poliisilaitos"))
                .expectEvents(new DisclosedOnLegalBasis(CASE, NOTIFICATION, LegalBasis.AUTHORITY_REQUEST,
                        "Poliisilaki 4:2", "Itä-Suomen poliisilaitos", Set.of(EMMA), Set.of(), WHAT, TODAY));
    }

    @Test
    void anAuthoritysRequestWithoutItsProvisionIsRefused() {
        given(History.opened())
                .when(request(" ", "Itä-Suomen poliisilaitos"))
                .expectException(violates(PlanRule.PROVISION_REQUIRED, NOTIFICATION));
    }

    @Test
    void itNamesItsRecipient() {
        given(History.opened())
                .when(request("Poliisilaki 4:2", ""))
                .expectException(violates(PlanRule.RECIPIENT_REQUIRED, NOTIFICATION));
    }

    @Test
    void itNamesWhoseDataItWas() {
        given(History.opened())
                .when(notification(Set.of(), Set.of()))
                .expectException(violates(PlanRule.CONCERNED_MEMBERS_REQUIRED, NOTIFICATION));
    }

    @Test
    void itNamesMembersOfTheFamily() {
        UUID stranger = TestPlan.id("stranger");
        given(History.opened())
                .when(notification(Set.of(stranger), Set.of()))
                .expectException(violates(PlanRule.UNKNOWN_MEMBER, stranger));
    }

    @Test
    void itNamesNeedsOfThePlan() {
        given(History.opened())
                .when(notification(Set.of(EMMA), Set.of(SCHOOL)))
                .expectException(violates(PlanRule.UNKNOWN_NEED, SCHOOL));
    }

    @Test
    void itSaysWhatWasDisclosed() {
        given(History.opened())
                .when(new RecordLegalDisclosure(CASE, NOTIFICATION, LegalBasis.CHILD_WELFARE_NOTIFICATION, null,
                        SOCIAL_SERVICES, Set.of(EMMA), Set.of(), "  ", TODAY))
                .expectException(violates(PlanRule.WHAT_WAS_TOLD_REQUIRED, NOTIFICATION));
    }

    @Test
    void itIsNotDatedInTheFuture() {
        LocalDate tomorrow = TODAY.plusDays(1);
        given(History.opened())
                .when(new RecordLegalDisclosure(CASE, NOTIFICATION, LegalBasis.CHILD_WELFARE_NOTIFICATION, null,
                        SOCIAL_SERVICES, Set.of(EMMA), Set.of(), WHAT, tomorrow))
                .expectException(violates(PlanRule.DISCLOSED_ON_IN_FUTURE, NOTIFICATION));
    }

    @Test
    void itTakesAnIdOfItsOwn() {
        given(History.opened().agreedNeed(SCHOOL, EMMA))
                .when(new RecordLegalDisclosure(CASE, SCHOOL, LegalBasis.CHILD_WELFARE_NOTIFICATION, null,
                        SOCIAL_SERVICES, Set.of(EMMA), Set.of(), WHAT, TODAY))
                .expectException(violates(PlanRule.ID_ALREADY_USED, SCHOOL));
    }
}
