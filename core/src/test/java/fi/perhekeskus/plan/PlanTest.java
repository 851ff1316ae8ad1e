package fi.perhekeskus.plan;

import java.time.Clock;
import java.time.ZoneOffset;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;

import fi.perhekeskus.plan.api.ConsentGranted;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.PlanRuleViolation;
import fi.perhekeskus.plan.api.SpecialistInvited;

/** A fresh fixture per test, with the clock at {@link TestPlan#NOW} and the default consent policy. */
abstract class PlanTest {

    AggregateTestFixture<SharedPlan> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(SharedPlan.class);
        fixture.registerInjectableResource(Clock.fixed(TestPlan.NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(TestPlan.POLICY);
        // The scheduler chooses these ids; tests check the deadlines themselves instead.
        fixture.registerIgnoredField(ConsentGranted.class, "expiryDeadlineId");
        fixture.registerIgnoredField(SpecialistInvited.class, "expiryDeadlineId");
        fixture.givenCurrentTime(TestPlan.NOW);
    }

    TestExecutor<SharedPlan> given(History history) {
        return fixture.given(history.events());
    }

    static Matcher<PlanRuleViolation> violates(PlanRule rule, Object item) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(PlanRuleViolation violation) {
                return violation.rule() == rule && violation.item().equals(String.valueOf(item));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a violation of " + rule + " about " + item);
            }

            @Override
            protected void describeMismatchSafely(PlanRuleViolation violation, Description description) {
                description.appendText("was " + violation.getMessage());
            }
        };
    }
}
