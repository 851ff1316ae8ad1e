package fi.perhekeskus.web.cases;

import java.time.Clock;
import java.util.Set;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.caselist.CaseListQuery;
import fi.perhekeskus.caselist.CaseListRow;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.caseview.InvitationToAnswer;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
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

    CaseLists(CaseListQuery cases, CaseViewQuery views, CaseGate gate, TransactionTemplate transaction,
                       Clock clock, ConsentPolicy policy) {
        this.cases = cases;
        this.views = views;
        this.gate = gate;
        this.transaction = transaction;
        this.clock = clock;
        this.policy = policy;
    }

    /** The key worker's caseload, a specialist's memberships, or a supervisor's unit, newest first. */
    PageResponse<CaseListRow> cases(CaseListRow.Status status, int page, int size, SignedInProfessional me,
                                    RequestContext request) {
        return transaction.execute(tx -> {
            var listed = cases.list(me.professionalId(), me.role(), me.unitId(), status, policy.today(clock),
                    PageRequest.of(page, size));
            gate.listed(me, listed.getContent().stream()
                    .map(row -> new CaseGate.Shown(row.caseId(), row.relation(), Set.of()))
                    .toList(), request);
            return PageResponse.of(listed, row -> row);
        });
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
}
