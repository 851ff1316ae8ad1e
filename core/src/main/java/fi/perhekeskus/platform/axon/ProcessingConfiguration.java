package fi.perhekeskus.platform.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defaults for every event processor: pooled streaming processors that read in batches, and an
 * error in a handler stops the processor on that event (it retries with back-off) instead of being
 * logged and skipped, so that no view, least of all the one that decides access, silently drifts
 * from the events. Each handler class still names its own processing group.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    private static final int BATCH_SIZE = 100;
    private static final int SEGMENTS = 2;

    @Bean
    ConfigurerModule processingDefaults() {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors()
                .registerPooledStreamingEventProcessorConfiguration(
                        (configuration, builder) -> builder.batchSize(BATCH_SIZE).initialSegmentCount(SEGMENTS))
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
