package fi.perhekeskus.web.cases;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAction;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.caseview.DetachedCaseView;
import fi.perhekeskus.caseview.DetachedCaseViews;
import fi.perhekeskus.caseview.Preview;
import fi.perhekeskus.caseview.Sight;
import fi.perhekeskus.caseview.Visibility;
import fi.perhekeskus.web.commands.RequestContext;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.signin.SignedInProfessional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caller's own view of a case, and the key worker's preview of a specialist's. Who may read is
 * the gate's table; what a member sees is decided at the moment of reading, from consent as it
 * stands then. The decisions, the data and the access-log row are read and written in one
 * transaction.
 */
@Component
class CaseReads {

    private final CaseViewQuery views;
    private final CaseGate gate;
    private final Directory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DetachedCaseViews detachedViews;
    private final EventStore events;

    CaseReads(CaseViewQuery views, CaseGate gate, Directory directory, TransactionTemplate transaction, Clock clock,
              DetachedCaseViews detachedViews, EventStore events) {
        this.detachedViews = detachedViews;
        this.events = events;
        this.views = views;
        this.gate = gate;
        this.directory = directory;
        this.transaction = transaction;
        this.clock = clock;
    }

    CaseView view(UUID caseId, SignedInProfessional me, RequestContext request) {
        return viewToAct(caseId, CaseAction.READ, me, request);
    }

    /** A closed case is read, looked back on and reopened: the plan refuses anything else until then. */
    private static final Set<CaseAction> ON_A_CLOSED_CASE = EnumSet.of(CaseAction.READ, CaseAction.LOOK_BACK,
            CaseAction.REVIEW_ACCESS_LOG, CaseAction.REOPEN_CASE);

    /** The case as the caller sees it, and what the caller may do with it from where they stand. */
    record Seen(CaseView plan, Set<CaseAction> offered) {
    }

    /** For the case's page: the view, and the actions the page offers, decided by the gate's table. */
    Seen seen(UUID caseId, SignedInProfessional me, RequestContext request) {
        return transaction.execute(status -> {
            Basis basis = gate.basis(caseId, me);
            CaseView plan = viewToAct(caseId, CaseAction.READ, me, request);
            boolean closed = plan.status() == CaseView.Status.CLOSED;
            return new Seen(plan, CaseAction.offeredTo(basis).stream()
                    .filter(action -> closed ? ON_A_CLOSED_CASE.contains(action) : action != CaseAction.REOPEN_CASE)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseAction.class))));
        });
    }

    /**
     * The caller's view of a case for the form of a command: the same answer the command would get
     * to one who may not send it, before anything of the case is shown.
     */
    CaseView viewToAct(UUID caseId, CaseAction action, SignedInProfessional me, RequestContext request) {
        return transaction.execute(status -> {
            Sight sight = visible(caseId, me, request);
            gate.admit(caseId, me, action, sight.basis(), request);
            gate.allowed(caseId, me, sight.basis(), sight.consentIds(), request);
            return views.view(caseId, sight.visibility()).orElseThrow(CaseNotVisible::new);
        });
    }

    /**
     * Exactly what the specialist would see if they joined now, and why each open need would or would
     * not be shared: for the key worker, before inviting.
     */
    Preview preview(UUID caseId, UUID specialistId, SignedInProfessional me, RequestContext request) {
        return transaction.execute(status -> {
            Basis basis = visible(caseId, me, request).basis();
            gate.admit(caseId, me, CaseAction.PREVIEW, basis, request);
            var specialist = directory.requireActive(specialistId, "specialistId");
            gate.allowed(caseId, me, basis, Set.of(), request);
            return views.explainedPreview(caseId, specialist.getId(), specialist.getUnitId(), clock.instant())
                    .orElseThrow(CaseNotVisible::new);
        });
    }

    /**
     * How much of the case the caller may see: 404 for one who may not read it at all, and for a
     * member whom consent covers for no need any more (the plan ends such a membership with the
     * expiry's event, and until that is written the answer is the same).
     */
    private Sight visible(UUID caseId, SignedInProfessional me, RequestContext request) {
        Basis basis = gate.admit(caseId, me, CaseAction.READ, request);
        Sight sight = views.sight(caseId, basis, me.professionalId(), clock.instant());
        if (sight.basis() == Basis.NONE || sight.basis() == Basis.MEMBERSHIP && sight.needIds().isEmpty()) {
            gate.refuse(caseId, me, Basis.NONE, request);
            throw new CaseNotVisible();
        }
        return sight;
    }

    /**
     * The whole case as the command that opened it left it: what opening a case answers with. Its
     * events are not yet stored nor the live view updated (that happens as the command's unit of work
     * commits), so the case view's own handlers fold them in memory.
     */
    CaseView opened(UUID caseId) {
        DetachedCaseView opened = detachedViews.of(caseId);
        events.readEvents(caseId.toString()).asStream().forEach(opened::apply);
        return opened.view(Visibility.ALL).orElseThrow(CaseNotVisible::new);
    }
}
