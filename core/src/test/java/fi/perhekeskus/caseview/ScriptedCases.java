package fi.perhekeskus.caseview;

import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.testing.MovableClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Makes a new family's case for each test, with the clock set back to its start. */
final class ScriptedCases {

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final MovableClock clock;
    private final ConsentPolicy policy;

    ScriptedCases(CommandGateway commandGateway, EventStore eventStore, MovableClock clock, ConsentPolicy policy) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.clock = clock;
        this.policy = policy;
    }

    ScriptedCase next() {
        clock.reset();
        return new ScriptedCase(commandGateway, eventStore, clock, policy);
    }
}
