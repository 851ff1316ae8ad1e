package fi.perhekeskus.caseview;

import java.time.Instant;
import java.util.Optional;

import fi.perhekeskus.access.Caller;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One case's view held in memory and given the case's events in order, from the first: after each,
 * it is the case view as it stood then (see {@link DetachedCaseViews}). Not to be given events from
 * two threads at once; reading it changes nothing.
 */
public final class DetachedCaseView {

    private final DetachedCase rows;
    private final CaseViewProjection projection;
    private final CaseViewHandlers handlers;
    private final CaseViewQuery query;

    DetachedCaseView(DetachedCase rows, CaseViewHandlers handlers, CaseViewQuery query) {
        this.rows = rows;
        this.projection = new CaseViewProjection(rows);
        this.handlers = handlers;
        this.query = query;
    }

    public void apply(DomainEventMessage<?> event) {
        try {
            handlers.apply(event, projection);
        } catch (Exception e) {
            throw new IllegalStateException("Could not apply " + event.getPayloadType().getSimpleName()
                    + " " + event.getSequenceNumber() + " of case " + event.getAggregateIdentifier(), e);
        }
    }

    /**
     * A copy of the view as it is now, to be given further events while this one stays as it is: a
     * snapshot to start from again.
     */
    public DetachedCaseView copy() {
        return new DetachedCaseView(rows.copy(), handlers, query);
    }

    /** The case as the visibility would have shown it; empty before the case was opened. */
    public Optional<CaseView> view(Visibility visibility) {
        return query.view(rows, visibility);
    }

    /**
     * On what basis the viewer could have seen the case at {@code moment}, by the rows it had then:
     * for a network member, the needs consent covered for them.
     */
    public Sight decide(Caller viewer, Instant moment) {
        return query.decide(rows, viewer, moment);
    }
}
