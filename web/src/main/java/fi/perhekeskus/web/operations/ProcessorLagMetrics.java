package fi.perhekeskus.web.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * {@code familycentre.processor.lag}: how many events each streaming processor has still to handle,
 * measured as the store's head position minus the slowest segment's position. A view that stops on
 * a failing event shows here as a lag that only grows.
 */
@Component
class ProcessorLagMetrics implements MeterBinder {

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    ProcessorLagMetrics(EventProcessingConfiguration processing, EventStore events) {
        this.processing = processing;
        this.events = events;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("familycentre.processor.lag", streaming, this::lag)
                        .description("Events the processor has not handled yet")
                        .tag("processor", name)
                        .register(registry);
            }
        });
    }

    private double lag(StreamingEventProcessor processor) {
        long head = position(events.createHeadToken());
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getTrackingToken)
                .mapToLong(ProcessorLagMetrics::position)
                .map(position -> Math.max(0, head - position))
                .max()
                .orElse(head);
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
