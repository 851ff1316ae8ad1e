package fi.perhekeskus.platform.axon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.perhekeskus.CoreTestApplication;
import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The core application started and stopped for real, on an embedded PostgreSQL whose data
 * directory outlives each start, so that a test can restart it between two steps.
 */
final class RestartableApplication implements AutoCloseable {

    static final Actor KEY_WORKER = new Actor(UUID.randomUUID(), ActorRole.KEY_WORKER, "restart-test");

    private final Path dataDirectory;
    private final List<String> extraProperties = new ArrayList<>();
    private ConfigurableApplicationContext context;

    RestartableApplication(Path dataDirectory, String... properties) {
        this.dataDirectory = dataDirectory;
        this.extraProperties.addAll(List.of(properties));
    }

    RestartableApplication start() {
        // As arguments, because SpringApplicationBuilder's properties rank below the test's application.yml.
        var arguments = new ArrayList<String>();
        extraProperties.forEach(property -> arguments.add("--" + property));
        arguments.add("--familycentre.embedded-database.ephemeral=false");
        arguments.add("--familycentre.embedded-database.directory=" + dataDirectory);
        context = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
        return this;
    }

    void stop() {
        context.close();
        context = null;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Object send(Object command, Actor actor) {
        return bean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
    }

    List<DomainEventMessage<?>> events(UUID caseId) {
        return bean(EventStore.class).readEvents(caseId.toString(), 0).asStream()
                .<DomainEventMessage<?>>map(event -> event).toList();
    }

    @Override
    public void close() {
        if (context != null) {
            stop();
        }
    }
}
