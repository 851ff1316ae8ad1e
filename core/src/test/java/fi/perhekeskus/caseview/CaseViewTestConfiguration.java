package fi.perhekeskus.caseview;

import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.testing.MovableClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What every test of this package adds to the core: a clock the tests move, and cases to play. */
@TestConfiguration(proxyBeanMethods = false)
class CaseViewTestConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    @Bean
    ScriptedCases scriptedCases(CommandGateway commandGateway, EventStore eventStore, MovableClock movableClock,
                                ConsentPolicy policy) {
        return new ScriptedCases(commandGateway, eventStore, movableClock, policy);
    }
}
