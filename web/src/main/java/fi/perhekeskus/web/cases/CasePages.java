package fi.perhekeskus.web.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import fi.perhekeskus.caselist.CaseListRow;
import fi.perhekeskus.access.ProfessionalAction;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.input.StorableText;
import fi.perhekeskus.web.input.SupportedDate;
import fi.perhekeskus.web.pages.Form;
import fi.perhekeskus.web.pages.FormPages;
import fi.perhekeskus.web.pages.PageController;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a professional's cases: the list (a key worker's caseload, a specialist's
 * memberships, a supervisor's unit), a case as the reader may see it, the key worker's preview of
 * a specialist's view, the printable plan, and opening a case. Every read goes through the same
 * services, gate and access log as the API.
 */
@PageController
class CasePages {

    /** Rows for a family on the opening form: a child and two adults fit most families. */
    private static final int FAMILY_ROWS = 4;

    private final CaseLists lists;
    private final CaseReads reads;
    private final CasePlanCommands commands;
    private final Directory directory;
    private final FormPages forms;
    private final PlanNames names;
    private final Clock clock;
    private final CaseGate gate;

    CasePages(CaseLists lists, CaseReads reads, CasePlanCommands commands, Directory directory, FormPages forms,
              PlanNames names, Clock clock, CaseGate gate) {
        this.gate = gate;
        this.names = names;
        this.clock = clock;
        this.lists = lists;
        this.reads = reads;
        this.commands = commands;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/cases";
    }

    @GetMapping("/cases")
    String cases(@RequestParam(required = false) CaseListRow.Status status,
                 @RequestParam(defaultValue = "0") @Max(PageResponse.LAST_PAGE) int page,
                 @AuthenticationPrincipal SignedInProfessional me,
                 RequestContext request, Model model) {
        model.addAttribute("cases", lists.cases(status, Math.max(page, 0), 20, me, request));
        model.addAttribute("status", status);
        if (ProfessionalAction.ANSWER_INVITATIONS.allows(me.role())) {
            model.addAttribute("invitations", lists.invitations(0, 100, me, request));
        }
        return "cases";
    }

    @GetMapping("/cases/{caseId}")
    String plan(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInProfessional me,
                RequestContext request, Model model) {
        var seen = reads.seen(caseId, me, request);
        model.addAttribute("may", seen.offered().stream().map(Enum::name).collect(Collectors.toSet()));
        return show(seen.plan(), model, "case");
    }

    /** The plan for the family to take home: their own words, without the professionals' controls. */
    @GetMapping("/cases/{caseId}/print")
    String print(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInProfessional me,
                 RequestContext request, Model model) {
        model.addAttribute("printedAt", clock.instant());
        return show(reads.view(caseId, me, request), model, "print");
    }

    /** What the specialist would see if they joined now, for the key worker before an invitation. */
    @GetMapping("/cases/{caseId}/preview")
    String preview(@PathVariable UUID caseId, @RequestParam UUID specialistId,
                   @AuthenticationPrincipal SignedInProfessional me, RequestContext request, Model model) {
        model.addAttribute("previewOf", specialistId);
        return show(reads.preview(caseId, specialistId, me, request), model, "case");
    }

    @GetMapping("/cases/new")
    String openingForm(@AuthenticationPrincipal SignedInProfessional me, RequestContext request, Model model) {
        gate.admit(null, me, ProfessionalAction.OPEN_CASE, request);
        return forms.show(model, openingForm());
    }

    @PostMapping("/cases")
    String open(@Valid FamilyForm family, BindingResult binding, @AuthenticationPrincipal SignedInProfessional me,
                RequestContext request, HttpServletRequest http, HttpServletResponse response, Model model,
                RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            family.rowsWithoutRole().forEach(row -> binding.rejectValue("role" + row, "NotNull"));
        }
        return forms.submit(this::openingForm, binding, http.getParameterMap(), response, model, redirect,
                () -> commands.open(family.toRequest(), me, request).location());
    }

    private Form openingForm() {
        var fields = new ArrayList<Form.Field>();
        for (int row = 0; row < FAMILY_ROWS; row++) {
            fields.add(Form.field("role" + row, Form.Kind.SELECT, row == 0,
                    Stream.concat(Stream.of(Form.Option.labelled("", "field.noMember")),
                            Form.choices(MemberRole.class).stream()).toList(),
                    row == 0 ? "CHILD" : row == 1 ? "GUARDIAN" : ""));
            fields.add(Form.field("displayName" + row, Form.Kind.TEXT, row == 0));
            fields.add(Form.field("birthDate" + row, Form.Kind.DATE, false));
        }
        return new Form("form.openCase", "/cases", fields, null);
    }

    /** A page of the plan; it offers no action unless the caller already said which ({@code may}). */
    private String show(CaseView plan, Model model, String template) {
        if (!model.containsAttribute("may")) {
            model.addAttribute("may", Set.of());
        }
        model.addAttribute("plan", plan);
        model.addAttribute("names", names.of(plan));
        model.addAttribute("specialists", directory.active(ProfessionalRole.SPECIALIST));
        return template;
    }

    /** The opening form's rows; empty rows are not members. */
    record FamilyForm(MemberRole role0, @StorableText(max = CaseRequests.NAME) String displayName0,
                      @SupportedDate LocalDate birthDate0,
                      MemberRole role1, @StorableText(max = CaseRequests.NAME) String displayName1,
                      @SupportedDate LocalDate birthDate1,
                      MemberRole role2, @StorableText(max = CaseRequests.NAME) String displayName2,
                      @SupportedDate LocalDate birthDate2,
                      MemberRole role3, @StorableText(max = CaseRequests.NAME) String displayName3,
                      @SupportedDate LocalDate birthDate3) {

        CaseRequests.OpenCase toRequest() {
            List<CaseRequests.Member> members = Stream.of(
                            new CaseRequests.Member(role0, displayName0, birthDate0),
                            new CaseRequests.Member(role1, displayName1, birthDate1),
                            new CaseRequests.Member(role2, displayName2, birthDate2),
                            new CaseRequests.Member(role3, displayName3, birthDate3))
                    .filter(member -> member.role() != null || !blank(member.displayName()))
                    .toList();
            return new CaseRequests.OpenCase(new CaseRequests.Family(members), null);
        }

        /** Rows with a name or a birth date but no role: a member the family form cannot tell the plan about. */
        List<Integer> rowsWithoutRole() {
            List<MemberRole> roles = Arrays.asList(role0, role1, role2, role3);
            List<String> names = Arrays.asList(displayName0, displayName1, displayName2, displayName3);
            List<LocalDate> births = Arrays.asList(birthDate0, birthDate1, birthDate2, birthDate3);
            return IntStream.range(0, roles.size())
                    .filter(row -> roles.get(row) == null && (!blank(names.get(row)) || births.get(row) != null))
                    .boxed().toList();
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
