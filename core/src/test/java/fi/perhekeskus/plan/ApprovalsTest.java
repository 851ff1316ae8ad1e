package fi.perhekeskus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fi.perhekeskus.plan.api.Approvals;
import fi.perhekeskus.plan.api.MemberRole;
import org.junit.jupiter.api.Test;

/** Who may approve the plan, and whether it changed since, as the plan and every view decide it. */
class ApprovalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aGuardianApprovesAndAnotherAdultDoesNot() {
        assertThat(Approvals.mayApprove(MemberRole.GUARDIAN, null, TODAY)).isTrue();
        assertThat(Approvals.mayApprove(MemberRole.OTHER_ADULT, LocalDate.of(1960, 1, 1), TODAY)).isFalse();
    }

    @Test
    void aChildApprovesFromTheirTwelfthBirthday() {
        assertThat(Approvals.mayApprove(MemberRole.CHILD, TODAY.minusYears(12), TODAY)).isTrue();
        assertThat(Approvals.mayApprove(MemberRole.CHILD, TODAY.minusYears(12).plusDays(1), TODAY)).isFalse();
    }

    @Test
    void onlyWhatHappenedAfterTheLastApprovalMakesThePlanChanged() {
        assertThat(Approvals.changedSinceApproval(7, null)).as("never approved").isFalse();
        assertThat(Approvals.changedSinceApproval(7, 7L)).as("the approval is the last event").isFalse();
        assertThat(Approvals.changedSinceApproval(8, 7L)).as("an event after it").isTrue();
    }
}
