package fi.perhekeskus.caseview;

import java.util.UUID;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.springframework.stereotype.Component;

/**
 * Case views built in memory from the events given to them, for a look at a case as it stood: the
 * events go through the case view's own handlers and interceptor, and the result is read by the case
 * view's own query. The past is seen exactly as the present is, and building it writes nothing and
 * locks nothing.
 *
 * <p>The handlers are resolved with Axon's own annotations and parameters, as for the live view, but
 * without what the application adds around handlers in event processors (tracing spans, time limits,
 * which take a stack trace per event): here they run in the reader's request, not in a processor.
 */
@Component
public class DetachedCaseViews {

    private final CaseViewQuery query;

    DetachedCaseViews(CaseViewQuery query) {
        this.query = query;
    }

    /** A case view of the case that has seen none of its events yet. */
    public DetachedCaseView of(UUID caseId) {
        var rows = new DetachedCase(caseId);
        return new DetachedCaseView(rows, new AnnotationEventHandlerAdapter(new CaseViewProjection(rows)), query);
    }
}
