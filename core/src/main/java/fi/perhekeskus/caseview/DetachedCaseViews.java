package fi.perhekeskus.caseview;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Case views built in memory from the events given to them, for a look at a case as it stood: the
 * events go through the case view's own handlers and interceptor, and the result is read by the case
 * view's own query. The past is seen exactly as the present is, and building it writes nothing and
 * locks nothing.
 */
@Component
public class DetachedCaseViews {

    private final CaseViewHandlers handlers = new CaseViewHandlers();
    private final CaseViewQuery query;

    DetachedCaseViews(CaseViewQuery query) {
        this.query = query;
    }

    /** A case view of the case that has seen none of its events yet. */
    public DetachedCaseView of(UUID caseId) {
        return new DetachedCaseView(new DetachedCase(caseId), handlers, query);
    }
}
