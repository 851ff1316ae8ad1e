package fi.perhekeskus.web.cases;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

import fi.perhekeskus.caseview.InvitationToAnswer;
import fi.perhekeskus.caseview.Work;
import fi.perhekeskus.caseview.WorkItem;
import fi.perhekeskus.access.ProfessionalAction;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.web.input.StorableText;
import fi.perhekeskus.web.pages.PageController;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each professional's start page: the day's work on one page. A key worker's overdue and this
 * week's support actions, needs waiting for the family's answer, invitations waiting for a
 * specialist, reviews and consents' end dates coming; a supervisor's the same across the unit; a
 * specialist's invitations to answer and own support actions. Every row names the family and links
 * to where the work is done; the list is sorted by a column and searched by the family's names.
 */
@PageController
class TodayPages {

    /** The columns the list sorts by. */
    enum Order {
        DATE,
        FAMILY,
        KIND
    }

    private final CaseLists lists;

    TodayPages(CaseLists lists) {
        this.lists = lists;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/today";
    }

    @GetMapping("/today")
    String today(@RequestParam(required = false) @StorableText(max = 100) String q,
                 @RequestParam(defaultValue = "DATE") Order sort,
                 @RequestParam(required = false) WorkItem.Kind kind,
                 @AuthenticationPrincipal SignedInProfessional me, RequestContext request, Model model) {
        Work work = lists.work(me, request);
        String search = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Row> all = work.items().stream()
                .map(item -> new Row(item, work.families().get(item.caseId()), where(item, me)))
                .filter(row -> search.isEmpty() || row.family().members().stream()
                        .anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(search)))
                .toList();
        var counts = new EnumMap<WorkItem.Kind, Long>(WorkItem.Kind.class);
        for (WorkItem.Kind each : WorkItem.Kind.values()) {
            counts.put(each, all.stream().filter(row -> row.item().kind() == each).count());
        }
        model.addAttribute("rows", all.stream()
                .filter(row -> kind == null || row.item().kind() == kind)
                .sorted(order(sort))
                .toList());
        model.addAttribute("counts", counts);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("kind", kind);
        if (ProfessionalAction.ANSWER_INVITATIONS.allows(me.role())) {
            List<InvitationToAnswer> invitations = lists.invitations(0, 100, me, request).items().stream()
                    .filter(invitation -> search.isEmpty() || invitation.family().stream()
                            .anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(search)))
                    .toList();
            // A key worker is invited into a colleague's case now and then: their day shows the
            // inbox only when something waits in it, a specialist's always.
            if (me.role() == ProfessionalRole.SPECIALIST || !invitations.isEmpty()) {
                model.addAttribute("invitations", invitations);
            }
        }
        return "today";
    }

    private static Comparator<Row> order(Order sort) {
        Comparator<Row> byDate = Comparator.comparing(row -> row.item().date(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Row> byFamily = Comparator.comparing(Row::familyName, String.CASE_INSENSITIVE_ORDER);
        Comparator<Row> byKind = Comparator.comparing(row -> row.item().kind());
        return switch (sort) {
            case DATE -> byDate.thenComparing(byKind).thenComparing(byFamily);
            case FAMILY -> byFamily.thenComparing(byKind).thenComparing(byDate);
            case KIND -> byKind.thenComparing(byDate).thenComparing(byFamily);
        };
    }

    /** Where the work is done: the form to do it on, or the case page where nothing is the reader's to do. */
    private static String where(WorkItem item, SignedInProfessional me) {
        String plan = "/cases/" + item.caseId();
        if (me.role() == ProfessionalRole.SUPERVISOR) {
            return plan;
        }
        return switch (item.kind()) {
            case ACTION_OVERDUE, ACTION_DUE -> plan + "/actions/" + item.itemId() + "/completion";
            case NEED_AWAITING_ANSWER -> plan + "/needs/" + item.itemId() + "/agreement";
            case INVITATION_WAITING -> plan + "#network-heading";
            case REVIEW_COMING -> plan + "/reviews";
            case CONSENT_ENDING -> plan + "/consents";
        };
    }

    /** An item with the family it is about and where to act on it, as the list row shows it. */
    record Row(WorkItem item, Work.Family family, String where) {

        public String familyName() {
            return PlanNames.family(family.members());
        }

        /** The need or action in the family's words, shortened for the row; the consent's giver. */
        public String words() {
            return item.text() == null ? null : PlanNames.shortly(item.text());
        }
    }
}
