package fi.perhekeskus.caseview;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessageHandler;

/**
 * One case's view held in memory and given the case's events in order, from the first: after each,
 * it is the case view as it stood then (see {@link DetachedCaseViews}). Not shared between threads.
 */
public final class DetachedCaseView {

    private final DetachedCase rows;
    private final EventMessageHandler handlers;
    private final CaseViewQuery query;

    DetachedCaseView(DetachedCase rows, EventMessageHandler handlers, CaseViewQuery query) {
        this.rows = rows;
        this.handlers = handlers;
        this.query = query;
    }

    public void apply(DomainEventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("Could not apply " + event.getPayloadType().getSimpleName()
                    + " " + event.getSequenceNumber() + " of case " + event.getAggregateIdentifier(), e);
        }
    }

    /** The case as the visibility would have shown it; empty before the case was opened. */
    public Optional<CaseView> view(Visibility visibility) {
        return query.view(rows, visibility);
    }

    /**
     * On what basis the viewer could have seen the case at {@code moment}, by the rows it had then:
     * for a network member, the needs consent covered for them.
     */
    public CaseAccess decide(Viewer viewer, Instant moment) {
        return query.decide(rows, viewer, moment);
    }
}
