package fi.perhekeskus.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.perhekeskus.accesslog.Disclosure;
import fi.perhekeskus.accesslog.DisclosureLog;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.WithdrawInvitation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The disclosure log as the plan's commands leave it: a row in the command's own transaction for
 * each time a family's data crossed to a specialist, naming the needs, whose data they are and the
 * consents they crossed on.
 */
@SpringBootTest
@Import(CaseViewTestConfiguration.class)
class DisclosureRecorderTest {

    @Autowired
    ScriptedCases cases;

    @Autowired
    DisclosureLog log;

    @Test
    void anInvitationAndItsAcceptanceEachDiscloseTheInvitedNeedsOnTheirConsents() {
        ScriptedCase plan = cases.next().openWithAgreedNeeds();
        UUID mothers = UUID.randomUUID();
        UUID fathers = UUID.randomUUID();
        plan.grant(mothers, plan.mother, Recipient.professional(plan.specialist), plan.school, plan.parents);
        plan.grant(fathers, plan.father, Recipient.professional(plan.specialist), plan.parents);

        plan.join(plan.specialist, plan.east, plan.school, plan.parents);

        List<Disclosure> disclosures = disclosuresOf(plan, null);
        assertThat(disclosures).extracting(Disclosure::what)
                .containsExactly(Disclosure.Kind.INVITED, Disclosure.Kind.JOINED_NETWORK);
        assertThat(disclosures).allSatisfy(disclosure -> {
            assertThat(disclosure.recipientId()).isEqualTo(plan.specialist);
            assertThat(disclosure.recipientUnitId()).isEqualTo(plan.east);
            assertThat(disclosure.consentIds()).containsExactlyInAnyOrder(mothers, fathers);
            assertThat(disclosure.needIds()).containsExactlyInAnyOrder(plan.school, plan.parents);
            assertThat(disclosure.memberIds()).containsExactlyInAnyOrder(plan.emma, plan.mother, plan.father);
            assertThat(disclosure.correlationId()).isEqualTo("case-view-test");
        });
    }

    @Test
    void aFamilyMembersReportHasOnlyDisclosuresOfTheirData() {
        ScriptedCase plan = cases.next().openWithAgreedNeeds();
        plan.grant(UUID.randomUUID(), plan.mother, Recipient.professional(plan.specialist), plan.school);
        plan.join(plan.specialist, plan.east, plan.school);

        assertThat(disclosuresOf(plan, plan.emma)).hasSize(2);
        assertThat(disclosuresOf(plan, plan.leo)).isEmpty();
    }

    @Test
    void aWithdrawnInvitationDisclosedItsNeedsOnlyOnce() {
        ScriptedCase plan = cases.next().openWithAgreedNeeds();
        plan.grant(UUID.randomUUID(), plan.mother, Recipient.professional(plan.specialist), plan.sleep);
        UUID invitation = plan.invite(plan.specialist, plan.east, plan.sleep);

        plan.send(new WithdrawInvitation(plan.caseId, invitation));

        assertThat(disclosuresOf(plan, null)).extracting(Disclosure::what).containsExactly(Disclosure.Kind.INVITED);
    }

    private List<Disclosure> disclosuresOf(ScriptedCase plan, UUID memberId) {
        return log.disclosuresFor(plan.caseId, memberId, Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"));
    }
}
