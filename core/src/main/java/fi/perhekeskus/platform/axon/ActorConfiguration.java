package fi.perhekeskus.platform.axon;

import java.util.Map;

import fi.perhekeskus.actor.Actor;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event says who caused it: the acting professional and the request's correlation id are
 * copied from the command's metadata into each event it produces; expiries raised by the deadline
 * scheduler are recorded as the system's. A command without an actor is refused at dispatch.
 */
@Configuration(proxyBeanMethods = false)
class ActorConfiguration {

    /** Replaces Axon's default origin provider, whose correlation id would be the command's own id. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return ActorConfiguration::correlationData;
    }

    static Map<String, ?> correlationData(Message<?> message) {
        if (message instanceof DeadlineMessage<?>) {
            return Actor.system(message.getIdentifier()).toMetaData();
        }
        return Actor.find(message.getMetaData()).map(Actor::toMetaData).orElse(MetaData.emptyInstance());
    }

    @Bean
    InitializingBean commandsMustNameTheirActor(CommandBus commandBus) {
        MessageDispatchInterceptor<CommandMessage<?>> requireActor = messages -> (index, command) -> {
            Actor.from(command.getMetaData());
            return command;
        };
        return () -> commandBus.registerDispatchInterceptor(requireActor);
    }
}
