package fi.perhekeskus.caseview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case view as it stood at an earlier moment or version, built by the case view's own handlers
 * and read by its own query, so the past is seen exactly as the present is, not through a second
 * reading of the events. The case's rows are replaced by those its earlier events give, read, and
 * the transaction rolled back: no one else ever sees them, and the present view is untouched.
 * Commands on that case wait for the few milliseconds this takes.
 */
@Component
public class PastViews {

    private final EventStore events;
    private final EventProcessingConfiguration processing;
    private final CaseViewProjection projection;
    private final CaseViewQuery query;
    private final TransactionTemplate thrownAway;

    PastViews(EventStore events, EventProcessingConfiguration processing, CaseViewProjection projection,
              CaseViewQuery query, PlatformTransactionManager transactions) {
        this.events = events;
        this.processing = processing;
        this.projection = projection;
        this.query = query;
        this.thrownAway = new TransactionTemplate(transactions);
        this.thrownAway.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The case at an instant; empty if it was not opened by then. */
    public Optional<PastView> at(UUID caseId, Instant moment) {
        return build(caseId, event -> !event.getTimestamp().isAfter(moment), last -> moment);
    }

    /** The case at a version, as of the time of the event that made it; empty if there is no such version. */
    public Optional<PastView> atVersion(UUID caseId, long version) {
        return build(caseId, event -> event.getSequenceNumber() <= version, DomainEventMessage::getTimestamp);
    }

    private Optional<PastView> build(UUID caseId, Predicate<DomainEventMessage<?>> upTo,
                                     java.util.function.Function<DomainEventMessage<?>, Instant> asOf) {
        return thrownAway.execute(status -> {
            status.setRollbackOnly();
            List<? extends DomainEventMessage<?>> past = events.readEvents(caseId.toString(), 0).asStream()
                    .takeWhile(upTo)
                    .toList();
            if (past.isEmpty()) {
                return Optional.empty();
            }
            projection.forget(caseId);
            EventHandlerInvoker invoker = processing
                    .eventProcessor(CaseViewConfiguration.GROUP, SubscribingEventProcessor.class)
                    .orElseThrow()
                    .eventHandlerInvoker();
            past.forEach(event -> apply(invoker, event));
            DomainEventMessage<?> last = past.get(past.size() - 1);
            Instant moment = asOf.apply(last);
            CaseView plan = query.view(caseId, Visibility.ALL).orElseThrow();
            List<PastView.Right> rights = plan.network().members().stream().map(member -> {
                CaseAccess access = query.decide(caseId,
                        new Viewer(member.professionalId(), ViewerRole.SPECIALIST, member.unitId()), moment);
                return new PastView.Right(member.professionalId(), member.displayName(), access.needIds(),
                        access.consentIds());
            }).toList();
            return Optional.of(new PastView(moment, last.getSequenceNumber(), plan, rights));
        });
    }

    private static void apply(EventHandlerInvoker invoker, DomainEventMessage<?> event) {
        try {
            invoker.handle(event, Segment.ROOT_SEGMENT);
        } catch (Exception e) {
            throw new IllegalStateException("Could not apply " + event.getPayloadType().getSimpleName(), e);
        }
    }
}
