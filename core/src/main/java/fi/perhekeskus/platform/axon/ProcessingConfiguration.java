package fi.perhekeskus.platform.axon;

import fi.perhekeskus.platform.instances.Instances;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defaults for every event processor: pooled streaming processors that read in batches, and an
 * error in a handler stops the processor on that event (it retries with back-off) instead of being
 * logged and skipped, so that no view, least of all the one that decides access, silently drifts
 * from the events. Each handler class still names its own processing group. With several instances
 * on one database, each claims its fair share of a processor's segments ({@link Instances}).
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    /**
     * Events handled in one transaction, with one token update: a replay's batches are full, a live
     * processor's hold what has arrived since the last. Rebuilding the case list from 10,000 events
     * stored a token and flushed a hundred times with 100 (docs/benchmarks.md).
     */
    private static final int BATCH_SIZE = 1_000;
    private static final int SEGMENTS = 2;

    @Bean
    ConfigurerModule processingDefaults(Instances instances) {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors()
                .registerPooledStreamingEventProcessorConfiguration((configuration, builder) -> builder
                        .batchSize(BATCH_SIZE)
                        .initialSegmentCount(SEGMENTS)
                        .maxSegmentProvider(instances))
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /** Axon's own, but owned by this instance's name: its default, the JVM's, is the same for two contexts in one JVM. */
    @Bean
    TokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagers, TokenStoreProperties properties,
                          Instances instances) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagers)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(instances.name())
                .build();
    }
}
