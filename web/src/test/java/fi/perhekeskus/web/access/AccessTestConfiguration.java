package fi.perhekeskus.web.access;

import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.testing.MovableClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the access tests add to the application: a clock they move (a year ahead of the real time,
 * so that no scheduled expiry fires on its own) and the matrix's situations. One configuration for
 * all of them, so that they share one application.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AccessTestConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    @Bean
    Situations situations(CommandGateway commands, EventStore events, ProfessionalRepository directory,
                          MovableClock clock) {
        return new Situations(commands, events, directory, clock);
    }
}
