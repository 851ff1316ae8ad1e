package fi.perhekeskus.web.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.caselist.CaseListQuery;
import fi.perhekeskus.caselist.CaseListRow;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.caseview.InvitationToAnswer;
import fi.perhekeskus.caseview.Sight;
import fi.perhekeskus.caseview.Work;
import fi.perhekeskus.caseview.WorkQuery;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.commands.RequestContext;
import fi.perhekeskus.web.signin.SignedInProfessional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each professional's lists: their cases, and the invitations waiting for their answer. A listed
 * case is client data shown, so each row has its access-log row, written in the transaction that
 * read the list.
 */
@Component
class CaseLists {

    private final CaseListQuery cases;
    private final CaseViewQuery views;
    private final CaseGate gate;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ConsentPolicy policy;
    private final WorkQuery work;

    CaseLists(CaseListQuery cases, CaseViewQuery views, CaseGate gate, TransactionTemplate transaction,
                       Clock clock, ConsentPolicy policy, WorkQuery work) {
        this.cases = cases;
        this.views = views;
        this.gate = gate;
        this.transaction = transaction;
        this.clock = clock;
        this.policy = policy;
        this.work = work;
    }

    /** The key worker's caseload, a specialist's memberships, or a supervisor's unit, newest first. */
    PageResponse<CaseListRow> cases(CaseListRow.Status status, int page, int size, SignedInProfessional me,
                                    RequestContext request) {
        return transaction.execute(tx -> {
            var listed = cases.list(me.caller(), status, policy.today(clock),
                    PageRequest.of(page, size));
            gate.listed(me, listed.getContent().stream()
                    .map(row -> new CaseGate.Shown(row.caseId(), row.relation(), Set.of()))
                    .toList(), request);
            return PageResponse.of(listed, row -> row);
        });
    }

    /**
     * The families of listed cases by their members' names, as the reader may see them: whole for a
     * key worker's and a supervisor's rows, for a network member only the members the needs shared
     * with them now concern, and nothing for a case that shares nothing with them any more.
     */
    Map<UUID, String> families(List<CaseListRow> rows, SignedInProfessional me) {
        var names = new HashMap<UUID, String>();
        views.familiesOf(rows.stream().filter(row -> row.relation() != Basis.MEMBERSHIP)
                .map(CaseListRow::caseId).toList())
                .forEach((caseId, members) -> names.put(caseId, PlanNames.family(members)));
        rows.stream().filter(row -> row.relation() == Basis.MEMBERSHIP).forEach(row -> {
            Sight access = views.decide(row.caseId(), me.caller(), clock.instant());
            if (!access.needIds().isEmpty()) {
                views.view(row.caseId(), access.visibility()).ifPresent(shown -> names.put(row.caseId(),
                        PlanNames.family(shown.family().members().stream().map(CaseView.Member::displayName)
                                .toList())));
            }
        });
        return names;
    }

    /** What the caller has been invited to and not yet answered: the needs, as consent lets them see them. */
    PageResponse<InvitationToAnswer> invitations(int page, int size, SignedInProfessional me,
                                                 RequestContext request) {
        return transaction.execute(tx -> {
            var waiting = views.invitationsToAnswer(me.professionalId(), clock.instant(), PageRequest.of(page, size));
            gate.listed(me, waiting.getContent().stream()
                    .map(invitation -> new CaseGate.Shown(invitation.caseId(), Basis.INVITATION,
                            invitation.consentIds()))
                    .toList(), request);
            return PageResponse.of(waiting, invitation -> invitation);
        });
    }

    /**
     * The day's work across the caller's open cases: their own as a key worker, their unit's as a
     * supervisor, their own support actions as a network member, which a key worker invited into a
     * colleague's case is too. Each case it shows has its access-log row, with the place the reader
     * has in it, as a listed case has.
     */
    Work work(SignedInProfessional me, RequestContext request) {
        return transaction.execute(tx -> {
            LocalDate today = policy.today(clock);
            return switch (me.role()) {
                case KEY_WORKER -> shown(work.ofKeyWorker(me.professionalId(), today), Basis.KEY_WORKER, me, request)
                        .and(shown(work.ofMember(me.caller(), today, clock.instant()), Basis.MEMBERSHIP, me,
                                request));
                case SUPERVISOR -> shown(work.ofUnit(me.unitId(), today), Basis.SUPERVISION, me, request);
                case SPECIALIST -> shown(work.ofMember(me.caller(), today, clock.instant()), Basis.MEMBERSHIP, me,
                        request);
            };
        });
    }

    private Work shown(Work found, Basis basis, SignedInProfessional me, RequestContext request) {
        gate.listed(me, found.shown().entrySet().stream()
                .map(shown -> new CaseGate.Shown(shown.getKey(), basis, shown.getValue()))
                .toList(), request);
        return found;
    }
}
