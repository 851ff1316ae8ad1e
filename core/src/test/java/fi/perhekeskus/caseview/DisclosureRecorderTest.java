package fi.perhekeskus.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.accesslog.Disclosure;
import fi.perhekeskus.accesslog.DisclosureLog;
import fi.perhekeskus.plan.api.AddExternalParticipant;
import fi.perhekeskus.plan.api.ExternalParticipantKind;
import fi.perhekeskus.plan.api.LegalBasis;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordLegalDisclosure;
import fi.perhekeskus.plan.api.TellExternalParticipant;
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

    @Test
    void tellingAnExternalParticipantDisclosesTheToldNeedsOnTheirConsents() {
        ScriptedCase plan = cases.next().openWithAgreedNeeds();
        UUID teacher = UUID.randomUUID();
        UUID consent = UUID.randomUUID();
        UUID told = UUID.randomUUID();
        plan.send(new AddExternalParticipant(plan.caseId, teacher, "Liisa Laine", "Koulu",
                ExternalParticipantKind.SCHOOL));
        plan.grant(consent, plan.mother, Recipient.external(teacher), plan.school);

        plan.send(new TellExternalParticipant(plan.caseId, told, teacher, Set.of(plan.school), "Aamut ovat vaikeita",
                plan.today()));

        assertThat(disclosuresOf(plan, plan.emma)).singleElement().satisfies(disclosure -> {
            assertThat(disclosure.what()).isEqualTo(Disclosure.Kind.TOLD_PARTICIPANT);
            assertThat(disclosure.participantId()).isEqualTo(teacher);
            assertThat(disclosure.planItemId()).isEqualTo(told);
            assertThat(disclosure.recipientId()).isNull();
            assertThat(disclosure.consentIds()).containsExactly(consent);
            assertThat(disclosure.needIds()).containsExactly(plan.school);
        });
    }

    @Test
    void aDisclosureOnALegalBasisIsLoggedWithoutConsentsForWhomeverItConcerns() {
        ScriptedCase plan = cases.next().openWithAgreedNeeds();
        UUID notification = UUID.randomUUID();

        plan.send(new RecordLegalDisclosure(plan.caseId, notification, LegalBasis.CHILD_WELFARE_NOTIFICATION, null,
                "Sosiaalipäivystys", Set.of(plan.mother), Set.of(plan.sleep), "Huoli Leon illoista", plan.today()));

        assertThat(disclosuresOf(plan, null)).singleElement().satisfies(disclosure -> {
            assertThat(disclosure.what()).isEqualTo(Disclosure.Kind.LEGAL_BASIS);
            assertThat(disclosure.legalBasis()).isEqualTo(LegalBasis.CHILD_WELFARE_NOTIFICATION);
            assertThat(disclosure.planItemId()).isEqualTo(notification);
            assertThat(disclosure.consentIds()).isEmpty();
            assertThat(disclosure.memberIds()).containsExactlyInAnyOrder(plan.mother, plan.leo);
        });
        assertThat(disclosuresOf(plan, plan.leo)).hasSize(1);
        assertThat(disclosuresOf(plan, plan.emma)).isEmpty();
    }

    private List<Disclosure> disclosuresOf(ScriptedCase plan, UUID memberId) {
        return log.disclosuresFor(plan.caseId, memberId, Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"));
    }
}
