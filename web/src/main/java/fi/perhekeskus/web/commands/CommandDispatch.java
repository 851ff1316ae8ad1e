package fi.perhekeskus.web.commands;

import java.util.UUID;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.plan.api.RuleBroken;
import fi.perhekeskus.platform.axon.ExpectedVersionResolver;
import fi.perhekeskus.web.signin.SignedInProfessional;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/** Sends a command as the signed-in professional and answers with the plan's new version. */
@Component
public class CommandDispatch {

    private final CommandGateway commands;
    private final EventStore events;
    private final MeterRegistry meters;

    CommandDispatch(CommandGateway commands, EventStore events, MeterRegistry meters) {
        this.commands = commands;
        this.events = events;
        this.meters = meters;
    }

    /**
     * @param expectedVersion the version the sender saw ({@code If-Match}), or null to accept
     *                        whatever is current (a concurrent change is then still refused)
     * @return the version of the plan after the command: its new {@code ETag}
     */
    public long send(UUID caseId, Object command, SignedInProfessional sender, String correlationId,
                     Long expectedVersion) {
        MetaData metaData = new Actor(sender.professionalId(), ActorRole.valueOf(sender.role().name()), correlationId)
                .toMetaData();
        if (expectedVersion != null) {
            metaData = metaData.and(ExpectedVersionResolver.EXPECTED_VERSION, expectedVersion);
        }
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        Timer.builder("familycentre.command.latency")
                .description("Time to decide and store a command on a plan")
                .tag("command", command.getClass().getSimpleName())
                .publishPercentileHistogram()
                .register(meters)
                .record(() -> sendAndWait(message));
        return events.lastSequenceNumberFor(caseId.toString()).orElseThrow();
    }

    private void sendAndWait(CommandMessage<?> message) {
        try {
            commands.sendAndWait(message);
        } catch (CommandExecutionException failed) {
            throw failed.getDetails().filter(RuleBroken.class::isInstance).map(RuleBroken.class::cast)
                    .<RuntimeException>map(RuleBroken::violation).orElse(failed);
        }
    }
}
