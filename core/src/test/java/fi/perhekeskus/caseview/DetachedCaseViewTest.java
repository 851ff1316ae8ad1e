package fi.perhekeskus.caseview;

import static fi.perhekeskus.caseview.ScriptedCase.asSpecialist;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.Caller;
import fi.perhekeskus.testing.MovableClock;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A case folded in memory from its stored events by the case view's own handlers is the live case
 * view: as its key worker sees it, and as a specialist sees it, decided by the same rule. A copy of a
 * folded view is a snapshot to fold on from: giving the copy more events leaves the original as it was.
 */
@SpringBootTest
@Import(CaseViewTestConfiguration.class)
class DetachedCaseViewTest {

    @Autowired
    CaseViewQuery query;

    @Autowired
    DetachedCaseViews detached;

    @Autowired
    ScriptedCases cases;

    @Autowired
    MovableClock clock;

    @Test
    void aCaseFoldedFromItsStoredEventsIsTheLiveViewForEveryone() {
        FullPlan full = new FullPlan(cases.next());
        UUID caseId = full.plan.caseId;
        Caller specialist = asSpecialist(full.plan.specialist, full.plan.east);
        Instant now = clock.instant();

        DetachedCaseView folded = detached.of(caseId);
        full.plan.events().forEach(folded::apply);

        assertThat(folded.view(Visibility.ALL)).isEqualTo(query.view(caseId, Visibility.ALL));
        Sight access = query.decide(caseId, specialist, now);
        assertThat(access.basis()).isEqualTo(Basis.MEMBERSHIP);
        assertThat(folded.decide(specialist, now)).isEqualTo(access);
        assertThat(folded.view(access.visibility())).isEqualTo(query.view(caseId, access.visibility()));
    }

    @Test
    void anEventGivenAgainChangesNothing() {
        FullPlan full = new FullPlan(cases.next());
        DetachedCaseView folded = detached.of(full.plan.caseId);
        full.plan.events().forEach(folded::apply);

        full.plan.events().forEach(folded::apply);

        assertThat(folded.view(Visibility.ALL)).isEqualTo(query.view(full.plan.caseId, Visibility.ALL));
    }

    @Test
    void aCopyGivenFurtherEventsLeavesTheOriginalAsItWas() {
        FullPlan full = new FullPlan(cases.next());
        List<DomainEventMessage<?>> events = full.plan.events();
        int half = events.size() / 2;
        DetachedCaseView original = detached.of(full.plan.caseId);
        events.subList(0, half).forEach(original::apply);
        CaseView atHalf = original.view(Visibility.ALL).orElseThrow();

        DetachedCaseView copy = original.copy();
        events.subList(half, events.size()).forEach(copy::apply);

        assertThat(original.view(Visibility.ALL)).contains(atHalf);
        assertThat(copy.view(Visibility.ALL)).isEqualTo(query.view(full.plan.caseId, Visibility.ALL));
        assertThat(atHalf).isNotEqualTo(copy.view(Visibility.ALL).orElseThrow());
    }

    @Test
    void beforeItsFirstEventThereIsNoCase() {
        assertThat(detached.of(UUID.randomUUID()).view(Visibility.ALL)).isEmpty();
    }
}
