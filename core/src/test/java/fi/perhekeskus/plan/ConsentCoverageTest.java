package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.CONSENT;
import static fi.perhekeskus.plan.TestPlan.CONSENT_ENDS_AT;
import static fi.perhekeskus.plan.TestPlan.EAST;
import static fi.perhekeskus.plan.TestPlan.EMMA;
import static fi.perhekeskus.plan.TestPlan.FATHER;
import static fi.perhekeskus.plan.TestPlan.GRANNY;
import static fi.perhekeskus.plan.TestPlan.LEO;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.NOW;
import static fi.perhekeskus.plan.TestPlan.PARENTS;
import static fi.perhekeskus.plan.TestPlan.REFUSAL;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SECOND_CONSENT;
import static fi.perhekeskus.plan.TestPlan.SLEEP;
import static fi.perhekeskus.plan.TestPlan.SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.ConsentCoverage;
import fi.perhekeskus.plan.api.ConsentCoverage.Coverage;
import fi.perhekeskus.plan.api.ConsentCoverage.Part;
import fi.perhekeskus.plan.api.ConsentCoverage.Specialist;
import fi.perhekeskus.plan.api.ConsentCoverage.StandingConsent;
import fi.perhekeskus.plan.api.ConsentCoverage.Verdict;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.Recipient;

class ConsentCoverageTest {

    private static final Specialist SAMI = new Specialist(SPECIALIST, EAST);
    private static final Recipient TO_SAMI = Recipient.professional(SPECIALIST);
    private static final Map<UUID, MemberRole> ROLES = Family.of(TestPlan.FAMILY).roles();

    private static StandingConsent grant(UUID consentId, UUID givenBy, Recipient recipient, UUID needId) {
        return new StandingConsent(consentId, givenBy, ConsentDecision.GRANT, recipient, Set.of(needId),
                CONSENT_ENDS_AT);
    }

    private static StandingConsent refusal(UUID givenBy, Recipient recipient, UUID needId) {
        return new StandingConsent(REFUSAL, givenBy, ConsentDecision.REFUSE, recipient, Set.of(needId), null);
    }

    private static Coverage at(Instant at, UUID needId, Set<UUID> concerns, StandingConsent... standing) {
        return new ConsentCoverage(ROLES, List.of(standing), at).of(needId, concerns, SAMI);
    }

    private static Coverage of(UUID needId, Set<UUID> concerns, StandingConsent... standing) {
        return at(NOW, needId, concerns, standing);
    }

    @Test
    void guardiansGrantCoversChildsNeedAndIsItsBasis() {
        assertThat(of(SCHOOL, Set.of(EMMA), grant(CONSENT, MOTHER, TO_SAMI, SCHOOL)))
                .isEqualTo(new Coverage(SCHOOL, Verdict.COVERED, Set.of(CONSENT)));
    }

    @Test
    void grantToUnitCoversItsProfessionals() {
        assertThat(of(SCHOOL, Set.of(EMMA), grant(CONSENT, MOTHER, Recipient.unit(EAST), SCHOOL)).covered()).isTrue();
    }

    @Test
    void grantToAnotherUnitCoversNothing() {
        assertThat(of(SCHOOL, Set.of(EMMA), grant(CONSENT, MOTHER, Recipient.unit(WEST), SCHOOL)))
                .isEqualTo(new Coverage(SCHOOL, Verdict.CONSENT_MISSING, Set.of()));
    }

    @Test
    void grantForAnotherNeedCoversNothing() {
        assertThat(of(SCHOOL, Set.of(EMMA), grant(CONSENT, MOTHER, TO_SAMI, SLEEP)).verdict())
                .isEqualTo(Verdict.CONSENT_MISSING);
    }

    @Test
    void grantCoversUntilItsEndAndNoLonger() {
        StandingConsent grant = grant(CONSENT, MOTHER, TO_SAMI, SCHOOL);
        assertThat(at(CONSENT_ENDS_AT.minusSeconds(1), SCHOOL, Set.of(EMMA), grant).covered()).isTrue();
        assertThat(at(CONSENT_ENDS_AT, SCHOOL, Set.of(EMMA), grant).covered()).isFalse();
    }

    @Test
    void childsRefusalOverridesGuardiansGrant() {
        assertThat(of(SCHOOL, Set.of(EMMA), grant(CONSENT, MOTHER, TO_SAMI, SCHOOL), refusal(EMMA, TO_SAMI, SCHOOL)))
                .isEqualTo(new Coverage(SCHOOL, Verdict.CHILD_REFUSED, Set.of(REFUSAL)));
    }

    @Test
    void childsRefusalOfUnitOverridesGrantToOneOfItsProfessionals() {
        assertThat(of(SCHOOL, Set.of(EMMA), grant(CONSENT, MOTHER, TO_SAMI, SCHOOL),
                refusal(EMMA, Recipient.unit(EAST), SCHOOL)).verdict())
                .isEqualTo(Verdict.CHILD_REFUSED);
    }

    @Test
    void guardiansRefusalBlocksOtherGuardiansGrant() {
        assertThat(of(SCHOOL, Set.of(EMMA), grant(CONSENT, MOTHER, TO_SAMI, SCHOOL), refusal(FATHER, TO_SAMI, SCHOOL)))
                .isEqualTo(new Coverage(SCHOOL, Verdict.CONSENT_REFUSED, Set.of(REFUSAL)));
    }

    @Test
    void childsOwnGrantGovernsOverGuardiansRefusal() {
        assertThat(of(SCHOOL, Set.of(EMMA), refusal(FATHER, TO_SAMI, SCHOOL), grant(CONSENT, EMMA, TO_SAMI, SCHOOL)))
                .isEqualTo(new Coverage(SCHOOL, Verdict.COVERED, Set.of(CONSENT)));
    }

    @Test
    void everyConcernedAdultMustConsent() {
        StandingConsent mothers = grant(CONSENT, MOTHER, TO_SAMI, PARENTS);
        assertThat(of(PARENTS, Set.of(MOTHER, FATHER), mothers).verdict()).isEqualTo(Verdict.CONSENT_MISSING);
        assertThat(of(PARENTS, Set.of(MOTHER, FATHER), mothers, grant(SECOND_CONSENT, FATHER, TO_SAMI, PARENTS)))
                .isEqualTo(new Coverage(PARENTS, Verdict.COVERED, Set.of(CONSENT, SECOND_CONSENT)));
    }

    @Test
    void oneGuardiansGrantCoversThemselvesAndTheChildren() {
        assertThat(of(SCHOOL, Set.of(MOTHER, EMMA, LEO), grant(CONSENT, MOTHER, TO_SAMI, SCHOOL)).covered()).isTrue();
    }

    @Test
    void refusalOutweighsMissingConsent() {
        assertThat(of(SCHOOL, Set.of(EMMA, LEO), refusal(EMMA, TO_SAMI, SCHOOL)).verdict())
                .isEqualTo(Verdict.CHILD_REFUSED);
    }

    @Test
    void needConcerningNobodyIsNeverShared() {
        assertThat(of(SCHOOL, Set.of(), grant(CONSENT, MOTHER, TO_SAMI, SCHOOL)).verdict())
                .isEqualTo(Verdict.CONSENT_MISSING);
    }

    @Test
    void guardianDecidesForThemselvesAndChildrenOnly() {
        ConsentCoverage coverage = new ConsentCoverage(ROLES, List.of(), NOW);
        assertThat(coverage.mayDecide(MOTHER, Set.of(MOTHER))).isTrue();
        assertThat(coverage.mayDecide(MOTHER, Set.of(LEO))).isTrue();
        assertThat(coverage.mayDecide(MOTHER, Set.of(FATHER, GRANNY))).isFalse();
    }

    @Test
    void childAndOtherAdultDecideForThemselvesOnly() {
        ConsentCoverage coverage = new ConsentCoverage(ROLES, List.of(), NOW);
        assertThat(coverage.mayDecide(EMMA, Set.of(EMMA, LEO))).isTrue();
        assertThat(coverage.mayDecide(EMMA, Set.of(LEO))).isFalse();
        assertThat(coverage.mayDecide(GRANNY, Set.of(EMMA))).isFalse();
    }

    // Why, member by member: what the key worker tells the family before inviting

    private static List<Part> partsAt(Instant at, UUID needId, List<UUID> concerns, List<StandingConsent> ended,
                                      StandingConsent... standing) {
        return new ConsentCoverage(ROLES, List.of(standing), ended, at).parts(needId, concerns, SAMI);
    }

    private static List<Part> parts(UUID needId, List<UUID> concerns, StandingConsent... standing) {
        return partsAt(NOW, needId, concerns, List.of(), standing);
    }

    @Test
    void onlyTheAdultWhoHasNotConsentedIsNamedAsMissing() {
        assertThat(parts(PARENTS, List.of(MOTHER, FATHER), grant(CONSENT, MOTHER, TO_SAMI, PARENTS))).containsExactly(
                new Part(MOTHER, Verdict.COVERED, Set.of(CONSENT), Set.of()),
                new Part(FATHER, Verdict.CONSENT_MISSING, Set.of(), Set.of()));
    }

    @Test
    void theChildWhoRefusedIsNamedWithTheRefusal() {
        assertThat(parts(SCHOOL, List.of(EMMA), grant(CONSENT, MOTHER, TO_SAMI, SCHOOL), refusal(EMMA, TO_SAMI, SCHOOL)))
                .containsExactly(new Part(EMMA, Verdict.CHILD_REFUSED, Set.of(REFUSAL), Set.of()));
    }

    @Test
    void aGuardiansRefusalIsNamedForEachChildItDecidesFor() {
        assertThat(parts(SCHOOL, List.of(EMMA, LEO), refusal(FATHER, TO_SAMI, SCHOOL))).containsExactly(
                new Part(EMMA, Verdict.CONSENT_REFUSED, Set.of(REFUSAL), Set.of()),
                new Part(LEO, Verdict.CONSENT_REFUSED, Set.of(REFUSAL), Set.of()));
    }

    @Test
    void aGrantPastItsEndDateIsNamedAsEndedBeforeItsExpiryIsRecorded() {
        assertThat(partsAt(CONSENT_ENDS_AT, SCHOOL, List.of(EMMA), List.of(), grant(CONSENT, MOTHER, TO_SAMI, SCHOOL)))
                .containsExactly(new Part(EMMA, Verdict.CONSENT_MISSING, Set.of(), Set.of(CONSENT)));
    }

    @Test
    void aGrantRecordedAsExpiredIsNamedAsEnded() {
        assertThat(partsAt(CONSENT_ENDS_AT.plusSeconds(60), SCHOOL, List.of(EMMA),
                List.of(grant(CONSENT, MOTHER, TO_SAMI, SCHOOL))))
                .containsExactly(new Part(EMMA, Verdict.CONSENT_MISSING, Set.of(), Set.of(CONSENT)));
    }

    @Test
    void anEndedGrantOfSomeoneWhoCouldNotDecideForTheMemberIsNotTheReason() {
        assertThat(partsAt(CONSENT_ENDS_AT, PARENTS, List.of(FATHER), List.of(),
                grant(CONSENT, MOTHER, TO_SAMI, PARENTS)))
                .containsExactly(new Part(FATHER, Verdict.CONSENT_MISSING, Set.of(), Set.of()));
    }

    @Test
    void theWholeVerdictIsTheWorstPart() {
        StandingConsent[] decisions = {grant(CONSENT, MOTHER, TO_SAMI, SCHOOL), refusal(EMMA, TO_SAMI, SCHOOL)};
        List<Part> parts = parts(SCHOOL, List.of(MOTHER, EMMA, LEO), decisions);
        assertThat(parts).extracting(Part::verdict)
                .containsExactly(Verdict.COVERED, Verdict.CHILD_REFUSED, Verdict.COVERED);
        assertThat(of(SCHOOL, Set.of(MOTHER, EMMA, LEO), decisions).verdict()).isEqualTo(Verdict.CHILD_REFUSED);
    }
}
