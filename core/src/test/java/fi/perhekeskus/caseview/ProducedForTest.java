package fi.perhekeskus.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ContactDetails;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedStatus;
import fi.perhekeskus.plan.api.Recipient;

/**
 * What is produced for one family member: the mother, separated from the father, keeps her own need
 * from the family and carries a non-disclosure marking; Emma's view is withheld from the father.
 */
class ProducedForTest {

    private static final UUID MOTHER = UUID.randomUUID();
    private static final UUID FATHER = UUID.randomUUID();
    private static final UUID EMMA = UUID.randomUUID();
    private static final UUID MOTHERS_OWN = UUID.randomUUID();
    private static final UUID SCHOOL = UUID.randomUUID();
    private static final UUID MOTHERS_CONSENT = UUID.randomUUID();
    private static final UUID EMMAS_VIEW = UUID.randomUUID();
    private static final ContactDetails HIDDEN = new ContactDetails("040 1", "anna@example.org", "Turvakoti");
    private static final ContactDetails FATHERS = new ContactDetails("050 2", null, "Isäntie 2");

    private final CaseView whole = plan();

    private static CaseView plan() {
        var view = new CaseView.ChildView(EMMAS_VIEW, EMMA, SCHOOL, "En halua isälle", HowHeard.CONVERSATION,
                Instant.EPOCH, true, Set.of(FATHER));
        var own = new CaseView.Need(MOTHERS_OWN, "Pelkään", null, NeedStatus.AGREED, null, null, null, Set.of(MOTHER),
                NeedRaiser.familyMember(MOTHER), List.of(), List.of(), List.of(), true);
        var school = new CaseView.Need(SCHOOL, "Koulu", null, NeedStatus.AGREED, null, null, null, Set.of(EMMA),
                NeedRaiser.familyMember(MOTHER), List.of(), List.of(view), List.of(), false);
        var consent = new CaseView.Consent(MOTHERS_CONSENT, MOTHER, ConsentDecision.GRANT,
                Recipient.professional(UUID.randomUUID()), Set.of(MOTHERS_OWN, SCHOOL), "Tuki",
                LocalDate.of(2027, 1, 1), Instant.EPOCH, CaseView.Consent.Status.ACTIVE, null, null);
        var ownOnly = new CaseView.Consent(UUID.randomUUID(), MOTHER, ConsentDecision.GRANT,
                Recipient.professional(UUID.randomUUID()), Set.of(MOTHERS_OWN), "Tuki", LocalDate.of(2027, 1, 1),
                Instant.EPOCH, CaseView.Consent.Status.ACTIVE, null, null);
        var family = new CaseView.Family(List.of(
                new CaseView.Member(MOTHER, MemberRole.GUARDIAN, "Anna", null, null, true, HIDDEN),
                new CaseView.Member(FATHER, MemberRole.GUARDIAN, "Mikko", null, null, false, FATHERS),
                new CaseView.Member(EMMA, MemberRole.CHILD, "Emma", LocalDate.of(2012, 5, 1), null, false,
                        ContactDetails.NONE)), FamilyLanguage.FINNISH);
        return new CaseView(UUID.randomUUID(), 9, CaseView.Status.OPEN, UUID.randomUUID(), null, family,
                List.of(own, school), List.of(view), List.of(consent, ownOnly), new CaseView.Network(List.of(),
                List.of(), List.of()), List.of(), null, null, List.of(), null,
                List.of());
    }

    @Test
    void aConfidentialNeedNeverAppearsInAnythingProducedForTheOtherParent() {
        CaseView forFather = ProducedFor.member(whole, FATHER);

        assertThat(forFather.needs()).extracting(CaseView.Need::id).containsExactly(SCHOOL);
        assertThat(forFather.consents()).singleElement().satisfies(consent -> {
            assertThat(consent.id()).isEqualTo(MOTHERS_CONSENT);
            assertThat(consent.needIds()).containsExactly(SCHOOL);
        });
        assertThat(forFather.toString()).doesNotContain(MOTHERS_OWN.toString()).doesNotContain("Pelkään");
        assertThat(ProducedFor.hiddenNeeds(whole, FATHER)).containsExactly(MOTHERS_OWN);
    }

    @Test
    void theAdultSeesTheirOwnConfidentialNeed() {
        assertThat(ProducedFor.member(whole, MOTHER).needs()).extracting(CaseView.Need::id)
                .containsExactly(MOTHERS_OWN, SCHOOL);
        assertThat(ProducedFor.member(whole, MOTHER).consents()).hasSize(2);
    }

    @Test
    void whatIsProducedForTheWholeFamilyHoldsOnlyWhatEveryMemberMaySee() {
        CaseView forFamily = ProducedFor.member(whole, null);

        assertThat(forFamily.needs()).extracting(CaseView.Need::id).containsExactly(SCHOOL);
        assertThat(forFamily.childViews()).isEmpty();
        assertThat(forFamily.needs().get(0).childViews()).isEmpty();
        assertThat(forFamily.family().members().get(0).contact()).isNull();
    }

    @Test
    void aChildsViewWithheldFromAGuardianIsNotInAnythingProducedForThem() {
        assertThat(ProducedFor.member(whole, FATHER).needs().get(0).childViews()).isEmpty();
        assertThat(ProducedFor.member(whole, FATHER).childViews()).isEmpty();
        assertThat(ProducedFor.member(whole, MOTHER).needs().get(1).childViews()).extracting(CaseView.ChildView::id)
                .containsExactly(EMMAS_VIEW);
    }

    @Test
    void aMemberWithANonDisclosureMarkingHasNoContactDetailsInAnythingProducedForAnotherMember() {
        for (UUID reader : new UUID[] {FATHER, EMMA}) {
            CaseView produced = ProducedFor.member(whole, reader);
            assertThat(produced.family().members().get(0).contact()).isNull();
            assertThat(produced.toString()).doesNotContain("Turvakoti").doesNotContain("040 1")
                    .doesNotContain("anna@example.org");
        }
        assertThat(ProducedFor.member(whole, MOTHER).family().members().get(0).contact()).isEqualTo(HIDDEN);
        assertThat(ProducedFor.member(whole, EMMA).family().members().get(1).contact()).isEqualTo(FATHERS);
    }
}
