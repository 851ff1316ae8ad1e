package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.CASE;
import static fi.perhekeskus.plan.TestPlan.CONSENT;
import static fi.perhekeskus.plan.TestPlan.EAST;
import static fi.perhekeskus.plan.TestPlan.FAMILY;
import static fi.perhekeskus.plan.TestPlan.KEY_WORKER;
import static fi.perhekeskus.plan.TestPlan.MOTHER;
import static fi.perhekeskus.plan.TestPlan.NEXT_KEY_WORKER;
import static fi.perhekeskus.plan.TestPlan.SCHOOL;
import static fi.perhekeskus.plan.TestPlan.SPECIALIST;
import static fi.perhekeskus.plan.TestPlan.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.perhekeskus.plan.api.CaseOpened;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.HandOverKeyWorker;
import fi.perhekeskus.plan.api.InvitationLapseReason;
import fi.perhekeskus.plan.api.KeyWorkerHandedOver;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.MembershipEndReason;
import fi.perhekeskus.plan.api.NetworkMembershipEnded;
import fi.perhekeskus.plan.api.OpenCase;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.RecordDeparture;

class OpeningAndHandoverTest extends PlanTest {

    private static final UUID CHILD = TestPlan.id("only child");
    private static final String REASON = "Maija moves to child protection";
    private static final FamilyLanguage SOMALI_WITH_INTERPRETER = new FamilyLanguage("so", true);

    private static OpenCase openWith(FamilyMember... members) {
        return new OpenCase(CASE, List.of(members), KEY_WORKER, EAST, FamilyLanguage.FINNISH);
    }

    private static HandOverKeyWorker handOverTo(UUID newKeyWorker) {
        return new HandOverKeyWorker(CASE, newKeyWorker, REASON);
    }

    private static History handedOverWithSpecialistInNetwork() {
        return History.schoolMember(SPECIALIST)
                .then(new KeyWorkerHandedOver(CASE, KEY_WORKER, NEXT_KEY_WORKER, REASON));
    }

    @Test
    void opensCaseForFamilyWithItsKeyWorker() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(CASE, FAMILY, KEY_WORKER, EAST, SOMALI_WITH_INTERPRETER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaseOpened(CASE, FAMILY, KEY_WORKER, EAST, SOMALI_WITH_INTERPRETER));
    }

    @Test
    void theFamilysLanguageIsALanguageOfIso639() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(CASE, FAMILY, KEY_WORKER, EAST, new FamilyLanguage("xx", true)))
                .expectException(violates(PlanRule.UNKNOWN_LANGUAGE, "xx"))
                .expectNoEvents();
    }

    @Test
    void cannotOpenCaseForFamilyWithoutChild() {
        fixture.givenNoPriorActivity()
                .when(openWith(new FamilyMember(MOTHER, MemberRole.GUARDIAN, "Anna", null)))
                .expectException(violates(PlanRule.FAMILY_WITHOUT_CHILD, CASE))
                .expectNoEvents();
    }

    @Test
    void childNeedsBirthDate() {
        fixture.givenNoPriorActivity()
                .when(openWith(new FamilyMember(CHILD, MemberRole.CHILD, "Emma", null)))
                .expectException(violates(PlanRule.CHILD_BIRTH_DATE_MISSING, CHILD))
                .expectNoEvents();
    }

    @Test
    void birthDateCannotLieInFuture() {
        fixture.givenNoPriorActivity()
                .when(openWith(new FamilyMember(CHILD, MemberRole.CHILD, "Vauva", TODAY.plusDays(1))))
                .expectException(violates(PlanRule.BIRTH_DATE_IN_FUTURE, CHILD))
                .expectNoEvents();
    }

    @Test
    void everyMemberNeedsDisplayName() {
        fixture.givenNoPriorActivity()
                .when(openWith(new FamilyMember(CHILD, MemberRole.CHILD, " ", LocalDate.of(2015, 1, 1))))
                .expectException(violates(PlanRule.DISPLAY_NAME_REQUIRED, CHILD))
                .expectNoEvents();
    }

    @Test
    void displayNameHasMaximumLength() {
        fixture.givenNoPriorActivity()
                .when(openWith(new FamilyMember(CHILD, MemberRole.CHILD, "E".repeat(201), LocalDate.of(2015, 1, 1))))
                .expectException(violates(PlanRule.TEXT_TOO_LONG, "displayName"))
                .expectNoEvents();
    }

    @Test
    void memberIdsAreUniqueWithinFamily() {
        FamilyMember child = new FamilyMember(CHILD, MemberRole.CHILD, "Emma", LocalDate.of(2015, 1, 1));
        fixture.givenNoPriorActivity()
                .when(openWith(child, new FamilyMember(CHILD, MemberRole.GUARDIAN, "Anna", null)))
                .expectException(violates(PlanRule.ID_ALREADY_USED, CHILD))
                .expectNoEvents();
    }

    @Test
    void handsOverToAnotherKeyWorkerInOneStep() {
        given(History.opened())
                .when(handOverTo(NEXT_KEY_WORKER))
                .expectEvents(new KeyWorkerHandedOver(CASE, KEY_WORKER, NEXT_KEY_WORKER, REASON));
    }

    @Test
    void cannotHandOverToCurrentKeyWorker() {
        given(History.opened())
                .when(handOverTo(KEY_WORKER))
                .expectException(violates(PlanRule.SAME_KEY_WORKER, KEY_WORKER))
                .expectNoEvents();
    }

    @Test
    void handoverNeedsReason() {
        given(History.opened())
                .when(new HandOverKeyWorker(CASE, NEXT_KEY_WORKER, ""))
                .expectException(violates(PlanRule.REASON_REQUIRED, CASE))
                .expectNoEvents();
    }

    @Test
    void previousKeyWorkerLosesKeyWorkerRights() {
        given(handedOverWithSpecialistInNetwork())
                .when(new RecordDeparture(CASE, SPECIALIST, KEY_WORKER, null))
                .expectException(violates(PlanRule.NOT_KEY_WORKER, KEY_WORKER))
                .expectNoEvents();
    }

    @Test
    void newKeyWorkerHasKeyWorkerRights() {
        given(handedOverWithSpecialistInNetwork())
                .when(new RecordDeparture(CASE, SPECIALIST, NEXT_KEY_WORKER, null))
                .expectEvents(new NetworkMembershipEnded(CASE, SPECIALIST, MembershipEndReason.ENDED_BY_KEY_WORKER,
                        null));
    }

    @Test
    void handoverToNetworkMemberEndsTheirMembership() {
        given(History.schoolMember(SPECIALIST))
                .when(handOverTo(SPECIALIST))
                .expectEvents(
                        new KeyWorkerHandedOver(CASE, KEY_WORKER, SPECIALIST, REASON),
                        new NetworkMembershipEnded(CASE, SPECIALIST, MembershipEndReason.BECAME_KEY_WORKER, null));
    }

    @Test
    void handoverToInviteeLapsesTheirInvitation() {
        given(History.schoolSharedWith(SPECIALIST).invited(SPECIALIST, Set.of(CONSENT), SCHOOL))
                .when(handOverTo(SPECIALIST))
                .expectEvents(
                        new KeyWorkerHandedOver(CASE, KEY_WORKER, SPECIALIST, REASON),
                        TestPlan.lapsed(SPECIALIST, InvitationLapseReason.INVITEE_BECAME_KEY_WORKER));
    }
}
