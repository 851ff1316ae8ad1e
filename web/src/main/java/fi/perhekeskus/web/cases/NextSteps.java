package fi.perhekeskus.web.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.plan.api.NeedStatus;

/**
 * What the key worker would do next on a case, read from the plan as it stands: so the case page
 * opens with the next step rather than with every command at once. A suggestion only: every command
 * stays offered, and the plan decides.
 *
 * @param key      message key of the step, given the item's words
 * @param words    the need or action in the family's words, shortened; null for the plan as a whole
 * @param path     the form to take the step on, under the case
 */
record NextSteps(String key, String words, String path) {

    /** Enough to see what is next without a second list of everything. */
    private static final int AT_MOST = 5;

    static List<NextSteps> of(CaseView plan, LocalDate today) {
        var steps = new ArrayList<NextSteps>();
        if (plan.status() == CaseView.Status.CLOSED) {
            return steps;
        }
        List<CaseView.Need> open = plan.needs().stream().filter(need -> need.status() != NeedStatus.CLOSED).toList();
        if (open.isEmpty()) {
            steps.add(new NextSteps("next.firstNeed", null, "/needs"));
        }
        for (CaseView.Need need : open) {
            String words = PlanNames.shortly(need.description());
            String at = "/needs/" + need.id();
            if (need.status() == NeedStatus.PROPOSED) {
                steps.add(new NextSteps("next.answer", words, at + "/agreement"));
            } else if (need.status() == NeedStatus.DISAGREED) {
                steps.add(new NextSteps("next.reword", words, at + "/revision"));
            } else if (need.actions().stream().noneMatch(action -> action.status() == CaseView.SupportAction.Status.OPEN)) {
                steps.add(new NextSteps("next.planAction", words, "/actions"));
            }
            need.actions().stream()
                    .filter(action -> action.status() == CaseView.SupportAction.Status.OPEN
                            && action.dueDate().isBefore(today))
                    .forEach(action -> steps.add(new NextSteps("next.overdue", PlanNames.shortly(action.description()),
                            "/actions/" + action.id() + "/completion")));
        }
        boolean agreedNeeds = open.stream().anyMatch(need -> need.status() == NeedStatus.AGREED);
        if (agreedNeeds && (plan.approval() == null || plan.approval().changedSinceApproval())) {
            steps.add(new NextSteps(plan.approval() == null ? "next.approve" : "next.approveAgain", null, "/approvals"));
        }
        return steps.stream().limit(AT_MOST).toList();
    }
}
