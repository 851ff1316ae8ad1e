package fi.perhekeskus.web.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import fi.perhekeskus.caselist.CaseListRow;
import fi.perhekeskus.access.ProfessionalAction;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.Preview;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.input.StorableText;
import fi.perhekeskus.web.input.SupportedDate;
import fi.perhekeskus.web.pages.FamilyLanguages;
import fi.perhekeskus.web.pages.Form;
import fi.perhekeskus.web.pages.FormPages;
import fi.perhekeskus.web.pages.Languages;
import fi.perhekeskus.web.pages.PageController;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.context.i18n.LocaleContextHolder;
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

    /** Rows the opening form starts with: a child and two adults fit most families, and a row is added at need. */
    private static final int FAMILY_ROWS = 3;

    private final CaseLists lists;
    private final CaseReads reads;
    private final CasePlanCommands commands;
    private final Directory directory;
    private final FormPages forms;
    private final PlanNames names;
    private final Clock clock;
    private final CaseGate gate;
    private final ConsentPolicy policy;
    private final FamilyLanguages languages;

    CasePages(CaseLists lists, CaseReads reads, CasePlanCommands commands, Directory directory, FormPages forms,
              PlanNames names, Clock clock, CaseGate gate, ConsentPolicy policy, FamilyLanguages languages) {
        this.gate = gate;
        this.languages = languages;
        this.policy = policy;
        this.names = names;
        this.clock = clock;
        this.lists = lists;
        this.reads = reads;
        this.commands = commands;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/cases")
    String cases(@RequestParam(required = false) CaseListRow.Status status,
                 @RequestParam(defaultValue = "0") @Max(PageResponse.LAST_PAGE) int page,
                 @AuthenticationPrincipal SignedInProfessional me,
                 RequestContext request, Model model) {
        var listed = lists.cases(status, Math.max(page, 0), 20, me, request);
        model.addAttribute("cases", listed);
        model.addAttribute("families", lists.families(listed.items(), me));
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

    /**
     * The plan for the family to take home, in the family's language: their own words, who does what
     * by when, whose consent shares what with whom, who the key worker is and how to reach them, the
     * next review and their rights; not the professionals' workflow (answer-by dates, notes, links).
     * Without a language chosen it is the family's own where the pages have it, else the reader's.
     */
    @GetMapping("/cases/{caseId}/print")
    String print(@PathVariable UUID caseId,
                 @RequestParam(required = false) @Pattern(regexp = "fi|sv|en") String language,
                 @AuthenticationPrincipal SignedInProfessional me, RequestContext request, HttpServletRequest http,
                 Model model) {
        CaseView plan = reads.view(caseId, me, request);
        Languages.writeIn(http, language != null ? language
                : FamilyLanguages.writable(plan.family().language()).orElse(null));
        model.addAttribute("printedAt", clock.instant());
        model.addAttribute("keyWorker", plan.keyWorker() == null ? null : directory.contact(plan.keyWorker().id()));
        model.addAttribute("unit", directory.names(Set.of(plan.unitId())).get(plan.unitId()));
        model.addAttribute("nextReview", plan.reviews().isEmpty() ? null
                : plan.reviews().get(plan.reviews().size() - 1).nextReviewOn());
        return show(plan, model, "print");
    }

    /** What the specialist would see if they joined now, for the key worker before an invitation. */
    @GetMapping("/cases/{caseId}/preview")
    String preview(@PathVariable UUID caseId, @RequestParam UUID specialistId,
                   @AuthenticationPrincipal SignedInProfessional me, RequestContext request, Model model) {
        Preview preview = reads.preview(caseId, specialistId, me, request);
        model.addAttribute("previewOf", specialistId);
        model.addAttribute("previewName", directory.names(Set.of(specialistId)).get(specialistId));
        model.addAttribute("sharing", preview.needs());
        String shown = show(preview.shown(), model, "case");
        model.addAttribute("family", PlanNames.family(preview.family()));
        return shown;
    }

    @GetMapping("/cases/new")
    String openingForm(@AuthenticationPrincipal SignedInProfessional me, RequestContext request, Model model) {
        gate.admit(null, me, ProfessionalAction.OPEN_CASE, request);
        return forms.show(model, openingForm(FAMILY_ROWS, languages.options()));
    }

    /**
     * Opening a case, or, with {@code addRow}, the same form with a row more for another family
     * member: a family of any size without a script on the page.
     */
    @PostMapping("/cases")
    String open(@Valid FamilyForm family, BindingResult binding, @RequestParam(required = false) String addRow,
                @AuthenticationPrincipal SignedInProfessional me, RequestContext request, HttpServletRequest http,
                HttpServletResponse response, Model model, RedirectAttributes redirect) {
        int rows = family.rows();
        if (addRow != null) {
            gate.admit(null, me, ProfessionalAction.OPEN_CASE, request);
            return forms.show(model, openingForm(Math.min(rows + 1, CaseRequests.FAMILY_MAX), languages.options())
                    .entered(http.getParameterMap(), Map.of(), null));
        }
        if (!binding.hasErrors()) {
            family.rowsWithoutRole().forEach(row -> binding.rejectValue(FamilyForm.field(row, "role"), "NotNull"));
        }
        return forms.submit(() -> openingForm(rows, languages.options()), binding, http.getParameterMap(), response, model, redirect,
                () -> commands.open(family.toRequest(), me, request).location());
    }

    /** The family's members, a row each, and the family's language, Finnish unless chosen otherwise. */
    private static Form openingForm(int rows, List<Form.Option> languages) {
        var fields = new ArrayList<Form.Field>();
        for (int row = 0; row < Math.max(rows, 1); row++) {
            int number = row + 1;
            fields.add(Form.field(FamilyForm.field(row, "role"), Form.Kind.SELECT, row == 0,
                    Stream.concat(Stream.of(Form.Option.labelled("", "field.noMember")),
                            Form.choices(MemberRole.class).stream()).toList(),
                    row == 0 ? "CHILD" : row == 1 ? "GUARDIAN" : "").labelled("field.member.role", number));
            fields.add(Form.field(FamilyForm.field(row, "displayName"), Form.Kind.TEXT, row == 0)
                    .labelled("field.member.displayName", number));
            fields.add(Form.field(FamilyForm.field(row, "birthDate"), Form.Kind.DATE, false)
                    .labelled("field.member.birthDate", number));
        }
        fields.add(Form.field("code", Form.Kind.SELECT, true, languages, FamilyLanguage.FINNISH.code()));
        fields.add(Form.field("interpreterNeeded", Form.Kind.CHECKBOXES, false,
                List.of(Form.Option.labelled("true", "field.interpreterNeeded.yes"))));
        return new Form("form.openCase", "/cases", fields, Form.About.opening("/cases"));
    }

    /** A page of the plan; it offers no action unless the caller already said which ({@code may}). */
    private String show(CaseView plan, Model model, String template) {
        if (!model.containsAttribute("may")) {
            model.addAttribute("may", Set.of());
        }
        model.addAttribute("plan", plan);
        model.addAttribute("family", PlanNames.family(plan));
        model.addAttribute("next", NextSteps.of(plan, policy.today(clock)));
        model.addAttribute("names", names.forPage(plan));
        model.addAttribute("specialists", directory.active(ProfessionalRole.SPECIALIST));
        model.addAttribute("documentLanguage", FamilyLanguages.writable(plan.family().language())
                .orElse(LocaleContextHolder.getLocale().getLanguage()));
        return template;
    }

    /**
     * The opening form's rows, as many as the key worker added (empty rows are not members), and the
     * family's language.
     *
     * @param code as {@link CaseRequests.FamilyLanguage#code()}
     */
    record FamilyForm(@Size(max = CaseRequests.FAMILY_MAX) List<@Valid Row> members,
                      @Pattern(regexp = "[a-z]{2}") String code, Boolean interpreterNeeded) {

        FamilyForm {
            members = members == null ? List.of() : members.stream()
                    .map(row -> row == null ? new Row(null, null, null) : row)
                    .toList();
        }

        record Row(MemberRole role, @StorableText(max = CaseRequests.NAME) String displayName,
                   @SupportedDate LocalDate birthDate) {

            boolean empty() {
                return role == null && blank(displayName) && birthDate == null;
            }
        }

        static String field(int row, String name) {
            return "members[" + row + "]." + name;
        }

        int rows() {
            return Math.max(members.size(), FAMILY_ROWS);
        }

        CaseRequests.OpenCase toRequest() {
            List<CaseRequests.Member> given = members.stream()
                    .filter(row -> row.role() != null || !blank(row.displayName()))
                    .map(row -> new CaseRequests.Member(row.role(), row.displayName(), row.birthDate()))
                    .toList();
            return new CaseRequests.OpenCase(new CaseRequests.Family(given,
                    code == null ? null : new CaseRequests.FamilyLanguage(code, interpreterNeeded)), null);
        }

        /** Rows with a name or a birth date but no role: a member the family form cannot tell the plan about. */
        List<Integer> rowsWithoutRole() {
            return IntStream.range(0, members.size())
                    .filter(row -> members.get(row).role() == null && !members.get(row).empty())
                    .boxed().toList();
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
