package fi.perhekeskus.web.cases;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Predicate;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.accesslog.AccessBasis;
import fi.perhekeskus.caseview.CaseAccess;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.caseview.Preview;
import fi.perhekeskus.caseview.Viewer;
import fi.perhekeskus.caseview.ViewerRole;
import fi.perhekeskus.web.commands.CorrelationIdFilter;
import fi.perhekeskus.web.problems.ActionNotAllowed;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.signin.SignedInProfessional;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caller's own view of a case, and the key worker's preview of a specialist's. What a member
 * sees is decided at the moment of reading, from consent as it stands then; the decision, the data
 * and the access-log row are read and written in one transaction.
 */
@Component
class CaseReads {

    private final CaseViewQuery views;
    private final CaseGate gate;
    private final Directory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CaseReads(CaseViewQuery views, CaseGate gate, Directory directory, TransactionTemplate transaction,
                       Clock clock) {
        this.views = views;
        this.gate = gate;
        this.directory = directory;
        this.transaction = transaction;
        this.clock = clock;
    }

    CaseView view(UUID caseId, SignedInProfessional me, HttpServletRequest request) {
        return viewToAct(caseId, basis -> true, me, request);
    }

    /**
     * The caller's view of a case for the form of a command: the same answer the command would get
     * to one who may not send it (403, in the access log), before anything of the case is shown.
     *
     * @param may whether the caller's place in the case lets them send the command
     */
    CaseView viewToAct(UUID caseId, Predicate<Basis> may, SignedInProfessional me, HttpServletRequest request) {
        return transaction.execute(status -> {
            CaseAccess access = decide(caseId, me, request);
            Basis basis = basisOf(access);
            if (!may.test(basis)) {
                gate.refuse(caseId, me, AccessBasis.of(basis), CaseGate.viewOf(request),
                        CorrelationIdFilter.of(request));
                throw new ActionNotAllowed("Your role in this case (" + basis + ") may not do this.");
            }
            gate.allowed(caseId, me, basis, access.consentIds(), CaseGate.viewOf(request),
                    CorrelationIdFilter.of(request));
            return views.view(caseId, access.visibility()).orElseThrow(CaseNotVisible::new);
        });
    }

    /**
     * Exactly what the specialist would see if they joined now, and why each open need would or would
     * not be shared: for the key worker, before inviting.
     */
    Preview preview(UUID caseId, UUID specialistId, SignedInProfessional me, HttpServletRequest request) {
        return transaction.execute(status -> {
            CaseAccess access = decide(caseId, me, request);
            if (access.kind() != CaseAccess.Kind.KEY_WORKER) {
                gate.refuse(caseId, me, AccessBasis.of(basisOf(access)), CaseGate.viewOf(request),
                        CorrelationIdFilter.of(request));
                throw new ActionNotAllowed("Only the case's key worker previews a specialist's view.");
            }
            var specialist = directory.requireActive(specialistId, "specialistId");
            gate.allowed(caseId, me, Basis.KEY_WORKER, access.consentIds(), CaseGate.viewOf(request),
                    CorrelationIdFilter.of(request));
            return views.explainedPreview(caseId, specialist.getId(), specialist.getUnitId(), clock.instant())
                    .orElseThrow(CaseNotVisible::new);
        });
    }

    private CaseAccess decide(UUID caseId, SignedInProfessional me, HttpServletRequest request) {
        var viewer = new Viewer(me.professionalId(), ViewerRole.valueOf(me.role().name()), me.unitId());
        CaseAccess access = views.decide(caseId, viewer, clock.instant());
        // A member whom consent covers for no need any more has no access: the plan ends such a
        // membership with the expiry's event, and until that is written the answer is the same.
        boolean nothingShared = access.kind() == CaseAccess.Kind.MEMBER && access.needIds().isEmpty();
        if (access.kind() == CaseAccess.Kind.NONE || nothingShared) {
            gate.refuse(caseId, me, CaseGate.viewOf(request), CorrelationIdFilter.of(request));
            throw new CaseNotVisible();
        }
        return access;
    }

    private static Basis basisOf(CaseAccess access) {
        return switch (access.kind()) {
            case KEY_WORKER -> Basis.KEY_WORKER;
            case MEMBER -> Basis.MEMBERSHIP;
            case SUPERVISOR -> Basis.SUPERVISION;
            case NONE -> throw new CaseNotVisible();
        };
    }
}
