package fi.perhekeskus.web.cases;

import static fi.perhekeskus.web.pages.Form.Kind.CHECKBOXES;
import static fi.perhekeskus.web.pages.Form.Kind.DATE;
import static fi.perhekeskus.web.pages.Form.Kind.DATETIME;
import static fi.perhekeskus.web.pages.Form.Kind.HIDDEN;
import static fi.perhekeskus.web.pages.Form.Kind.SELECT;
import static fi.perhekeskus.web.pages.Form.Kind.TEXT;
import static fi.perhekeskus.web.pages.Form.Kind.TEXTAREA;
import static fi.perhekeskus.web.pages.Form.choices;
import static fi.perhekeskus.web.pages.Form.field;

import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fi.perhekeskus.access.CaseAction;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.Approvals;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedStatus;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.PlanRuleViolation;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.web.pages.ExplainedViolation;
import fi.perhekeskus.web.pages.FamilyLanguages;
import fi.perhekeskus.web.pages.Form.Option;
import fi.perhekeskus.web.pages.Form;
import fi.perhekeskus.web.pages.FormPages;
import fi.perhekeskus.web.pages.PageController;
import fi.perhekeskus.web.pages.PageDates;
import fi.perhekeskus.web.pages.Professions;
import fi.perhekeskus.web.pages.Quotes;
import fi.perhekeskus.web.problems.CaseNotVisible;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A form for every command of docs/api.md on a case, each at the command's own path under
 * {@code /cases/{caseId}}: shown with GET, sent with POST to the same {@link CasePlanCommands} as the
 * API. The choices come from the plan as the reader may see it; whether the command is allowed is
 * the plan's and the gate's decision, not the form's.
 */
@PageController
class PlanForms {

    private static final Set<PlanRule> CONSENT_RULES =
            Set.of(PlanRule.CONSENT_MISSING, PlanRule.CONSENT_REFUSED, PlanRule.CHILD_REFUSED);

    private final CaseReads reads;
    private final CasePlanCommands commands;
    private final Directory directory;
    private final FormPages forms;
    private final Clock clock;
    private final ConsentPolicy policy;
    private final PageDates dates;
    private final PlanNames names;
    private final ConsentWords consentWords;
    private final Professions professions;
    private final FamilyLanguages languages;

    PlanForms(CaseReads reads, CasePlanCommands commands, Directory directory, FormPages forms, Clock clock,
              ConsentPolicy policy, PageDates dates, PlanNames names, ConsentWords consentWords,
              Professions professions, FamilyLanguages languages) {
        this.professions = professions;
        this.languages = languages;
        this.dates = dates;
        this.names = names;
        this.consentWords = consentWords;
        this.reads = reads;
        this.commands = commands;
        this.directory = directory;
        this.forms = forms;
        this.clock = clock;
        this.policy = policy;
    }

    /** Choices whose value names a kind and an id ({@code PROFESSIONAL:…}), and times as the family centre's clock shows them. */
    @InitBinder
    void editors(WebDataBinder binder) {
        binder.registerCustomEditor(Recipient.class, editor(text -> {
            String[] parts = text.split(":", 2);
            return new Recipient(Recipient.Kind.valueOf(parts[0]), UUID.fromString(parts[1]));
        }));
        binder.registerCustomEditor(Responsible.class, editor(text -> {
            String[] parts = text.split(":", 2);
            return new Responsible(Responsible.Kind.valueOf(parts[0]), UUID.fromString(parts[1]));
        }));
        binder.registerCustomEditor(Instant.class, editor(text ->
                LocalDateTime.parse(text).atZone(policy.zone()).toInstant()));
    }

    /** Text that does not parse is the binder's type mismatch, shown beside its field, whatever the parser threw. */
    private static PropertyEditorSupport editor(Function<String, Object> parse) {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                try {
                    setValue(text == null || text.isBlank() ? null : parse.apply(text));
                } catch (RuntimeException unreadable) {
                    throw new IllegalArgumentException(unreadable);
                }
            }
        };
    }

    /** A command's form, for one whose place in the case lets them send it (otherwise as the command: 403). */
    private String show(CasePage page, CaseAction action, Function<CaseView, Form> form) {
        return forms.show(page.model(), form.apply(reads.viewToAct(page.caseId(), action, page.me(), page.request())));
    }

    private String post(CasePage page, BindingResult binding, Function<CaseView, Form> form, Runnable command) {
        return postThen(page, binding, form, () -> {
            command.run();
            return "/cases/" + page.caseId();
        });
    }

    /** The same, for a command after which the case is no longer the reader's to see. */
    private String postThen(CasePage page, BindingResult binding, Function<CaseView, Form> form,
                            Supplier<String> commandThenWhere) {
        Supplier<Form> again = () -> form.apply(reads.view(page.caseId(), page.me(), page.request()));
        return forms.submit(again, binding, page.entered(), page.response(), page.model(), page.redirect(),
                commandThenWhere);
    }

    private static String action(CaseView plan, String path) {
        return "/cases/" + plan.id() + path;
    }

    private Form form(CaseView plan, String title, String path, Form.Words subject, List<Form.Field> fields) {
        return new Form(title, action(plan, path), fields, about(plan, subject));
    }

    /** The family, what the form acts on, the case page to go back to, and the case's items in words. */
    private Form.About about(CaseView plan, Form.Words subject) {
        Map<UUID, String> named = names.of(plan);
        var items = new HashMap<String, Form.Words>();
        plan.family().members().forEach(member ->
                items.put(member.id().toString(), new Form.Words("subject.member", member.displayName())));
        named.forEach((id, name) -> items.putIfAbsent(id.toString(), new Form.Words("subject.professional", name)));
        plan.needs().forEach(need -> {
            items.put(need.id().toString(), new Form.Words("subject.need", PlanNames.shortly(need.description())));
            need.actions().forEach(action -> items.put(action.id().toString(),
                    new Form.Words("subject.action", PlanNames.shortly(action.description()))));
        });
        plan.consents().forEach(consent -> items.put(consent.id().toString(), consentWords(plan, consent, named)));
        plan.network().invitations().forEach(invitation -> items.put(invitation.id().toString(),
                new Form.Words("subject.invitation", named.get(invitation.specialistId()))));
        return new Form.About(PlanNames.family(plan), subject, "/cases/" + plan.id(), items);
    }

    /** A consent named by who gave it, to whom, for which needs: a family may have several alike. */
    private static Form.Words consentWords(CaseView plan, CaseView.Consent consent, Map<UUID, String> named) {
        String needs = plan.needs().stream().filter(need -> consent.needIds().contains(need.id()))
                .map(need -> Quotes.quoted(PlanNames.shortly(need.description())))
                .collect(Collectors.joining(", "));
        return new Form.Words("subject.consent",
                named.get(consent.givenBy()) + " \u2192 " + named.get(consent.recipient().id()) + ": " + needs);
    }

    /** On the need's own forms, the whole need in the family's words. */
    private static Form.Words needWords(CaseView plan, UUID needId) {
        return new Form.Words("subject.need", need(plan, needId).description());
    }

    private Form.Words subjectOf(CaseView plan, UUID itemId) {
        return about(plan, null).names().get(itemId.toString());
    }

    /** The family's members now, of the given roles (any without): only they can be named in anything new. */
    private static List<Option> members(CaseView plan, MemberRole... roles) {
        var wanted = roles.length == 0 ? List.of(MemberRole.values()) : List.of(roles);
        return plan.family().members().stream().filter(CaseView.Member::current)
                .filter(member -> wanted.contains(member.role()))
                .map(member -> Option.named(member.id().toString(), member.displayName())).toList();
    }

    /** Everyone the family has had: one who left may still withdraw what they decided. */
    private static List<Option> everyone(CaseView plan) {
        return plan.family().members().stream()
                .map(member -> Option.named(member.id().toString(), member.displayName())).toList();
    }

    private static CaseView.Member member(CaseView plan, UUID memberId) {
        return plan.family().members().stream().filter(member -> member.id().equals(memberId)).findFirst()
                .orElseThrow(CaseNotVisible::new);
    }

    /** The open needs: which of them a command may name is the plan's decision, told to the reader if broken. */
    private static List<Option> needs(CaseView plan) {
        return plan.needs().stream().filter(need -> need.status() != NeedStatus.CLOSED)
                .map(need -> Option.named(need.id().toString(), need.description())).toList();
    }

    private static CaseView.Need need(CaseView plan, UUID needId) {
        return plan.needs().stream().filter(need -> need.id().equals(needId)).findFirst().orElseThrow(
                CaseNotVisible::new);
    }

    // The family

    @GetMapping("/cases/{caseId}/family-language")
    String languageForm(CasePage page) {
        return show(page, CaseAction.RECORD_FAMILY_LANGUAGE, this::languageForm);
    }

    @PostMapping("/cases/{caseId}/family-language")
    String recordLanguage(@Valid CaseRequests.FamilyLanguage body, BindingResult binding, CasePage page) {
        return post(page, binding, this::languageForm,
                () -> commands.recordLanguage(page.caseId(), body, page.me(), page.request()));
    }

    @GetMapping("/cases/{caseId}/family-members")
    String newMemberForm(CasePage page) {
        return show(page, CaseAction.ADD_FAMILY_MEMBER, this::newMemberForm);
    }

    @PostMapping("/cases/{caseId}/family-members")
    String addMember(@Valid CaseRequests.Member body, BindingResult binding, CasePage page) {
        return post(page, binding, this::newMemberForm,
                () -> commands.addMember(page.caseId(), body, page.me(), page.request()));
    }

    private Form newMemberForm(CaseView plan) {
        return form(plan, "form.newMember", "/family-members", null, List.of(
                field("role", SELECT, true, choices(MemberRole.class)),
                field("displayName", TEXT, true),
                field("birthDate", DATE, false)));
    }

    @GetMapping("/cases/{caseId}/family-members/{memberId}/leaving")
    String leavingForm(@PathVariable UUID memberId, CasePage page) {
        return show(page, CaseAction.END_FAMILY_MEMBERSHIP, plan -> leavingForm(plan, memberId));
    }

    @PostMapping("/cases/{caseId}/family-members/{memberId}/leaving")
    String memberLeaves(@PathVariable UUID memberId, @Valid CaseRequests.MemberLeaving body, BindingResult binding,
                        CasePage page) {
        return post(page, binding, plan -> leavingForm(plan, memberId),
                () -> commands.memberLeaves(page.caseId(), memberId, body, page.me(), page.request()));
    }

    private Form leavingForm(CaseView plan, UUID memberId) {
        return form(plan, "form.memberLeaving", "/family-members/" + member(plan, memberId).id() + "/leaving",
                subjectOf(plan, memberId), List.of(
                        field("reason", SELECT, true, choices(FamilyMembershipEndReason.class)),
                        field("note", TEXTAREA, false)));
    }

    @GetMapping("/cases/{caseId}/family-members/{memberId}/correction")
    String correctionForm(@PathVariable UUID memberId, CasePage page) {
        return show(page, CaseAction.CORRECT_FAMILY_MEMBER, plan -> correctionForm(plan, memberId));
    }

    @PostMapping("/cases/{caseId}/family-members/{memberId}/correction")
    String correctMember(@PathVariable UUID memberId, @Valid CaseRequests.MemberCorrection body,
                         BindingResult binding, CasePage page) {
        return post(page, binding, plan -> correctionForm(plan, memberId),
                () -> commands.correctMember(page.caseId(), memberId, body, page.me(), page.request()));
    }

    /** Starts from the name and birth date as recorded now: a correction gives both as they should read. */
    private Form correctionForm(CaseView plan, UUID memberId) {
        var member = member(plan, memberId);
        return form(plan, "form.memberCorrection", "/family-members/" + member.id() + "/correction",
                subjectOf(plan, memberId), List.of(
                        field("displayName", TEXT, true, member.displayName()),
                        field("birthDate", DATE, member.role() == MemberRole.CHILD,
                                member.birthDate() == null ? "" : member.birthDate().toString()),
                        field("note", TEXTAREA, false)));
    }

    /** Starts from the language recorded now, so that only what changes needs choosing. */
    private Form languageForm(CaseView plan) {
        var language = plan.family().language();
        return form(plan, "form.familyLanguage", "/family-language", null, List.of(
                field("code", SELECT, true, languages.options(), language.code()),
                field("interpreterNeeded", CHECKBOXES, false,
                        List.of(Option.labelled("true", "field.interpreterNeeded.yes")),
                        language.interpreterNeeded() ? new String[] {"true"} : new String[0])));
    }

    // Needs

    @GetMapping("/cases/{caseId}/needs")
    String needForm(CasePage page) {
        return show(page, CaseAction.RECORD_NEED, this::needForm);
    }

    @PostMapping("/cases/{caseId}/needs")
    String recordNeed(@Valid CaseRequests.RecordNeed body, BindingResult binding, CasePage page) {
        return post(page, binding, this::needForm,
                () -> commands.recordNeed(page.caseId(), body, page.me(), page.request()));
    }

    private Form needForm(CaseView plan) {
        return form(plan, "form.recordNeed", "/needs", null, List.of(
                field("description", TEXTAREA, true),
                field("raisedBy", SELECT, true, Stream.concat(
                        Stream.of(Option.labelled("KEY_WORKER", "field.raisedBy.keyWorker")),
                        members(plan).stream()).toList()),
                field("concernsMemberIds", CHECKBOXES, true, members(plan)),
                field("professionalNote", TEXTAREA, false)));
    }

    @GetMapping("/cases/{caseId}/needs/{needId}/revision")
    String revisionForm(@PathVariable UUID needId, CasePage page) {
        return show(page, CaseAction.REVISE_NEED, plan -> revisionForm(plan, needId));
    }

    @PostMapping("/cases/{caseId}/needs/{needId}/revision")
    String reviseNeed(@PathVariable UUID needId, @Valid CaseRequests.ReviseNeed body, BindingResult binding,
                      CasePage page) {
        return post(page, binding, plan -> revisionForm(plan, needId),
                () -> commands.reviseNeed(page.caseId(), needId, body, page.me(), page.request()));
    }

    private Form revisionForm(CaseView plan, UUID needId) {
        var need = need(plan, needId);
        return form(plan, "form.reviseNeed", "/needs/" + needId + "/revision", needWords(plan, needId), List.of(
                field("description", TEXTAREA, true, need.description()),
                field("professionalNote", TEXTAREA, false,
                        need.professionalNote() == null ? "" : need.professionalNote())));
    }

    @GetMapping("/cases/{caseId}/needs/{needId}/agreement")
    String agreementForm(@PathVariable UUID needId, CasePage page) {
        return show(page, CaseAction.RECORD_AGREEMENT, plan -> agreementForm(plan, needId));
    }

    @PostMapping("/cases/{caseId}/needs/{needId}/agreement")
    String agreement(@PathVariable UUID needId, @Valid CaseRequests.Agreement body, BindingResult binding,
                     CasePage page) {
        return post(page, binding, plan -> agreementForm(plan, needId),
                () -> commands.agreement(page.caseId(), needId, body, page.me(), page.request()));
    }

    private Form agreementForm(CaseView plan, UUID needId) {
        return form(plan, "form.agreement", "/needs/" + need(plan, needId).id() + "/agreement", needWords(plan, needId), List.of(
                field("memberId", SELECT, true, members(plan)),
                field("decision", SELECT, true, choices(AgreementDecision.class)),
                field("channel", SELECT, true, choices(AgreementChannel.class)),
                field("givenAt", DATETIME, true, dates.local(clock.instant())),
                field("note", TEXTAREA, false)));
    }

    @GetMapping("/cases/{caseId}/needs/{needId}/closure")
    String needClosureForm(@PathVariable UUID needId, CasePage page) {
        return show(page, CaseAction.CLOSE_NEED, plan -> needClosureForm(plan, needId));
    }

    @PostMapping("/cases/{caseId}/needs/{needId}/closure")
    String closeNeed(@PathVariable UUID needId, @Valid CaseRequests.NeedClosure body, BindingResult binding,
                     CasePage page) {
        return post(page, binding, plan -> needClosureForm(plan, needId),
                () -> commands.closeNeed(page.caseId(), needId, body, page.me(), page.request()));
    }

    private Form needClosureForm(CaseView plan, UUID needId) {
        return form(plan, "form.closeNeed", "/needs/" + need(plan, needId).id() + "/closure", needWords(plan, needId), List.of(
                field("outcome", SELECT, true, choices(NeedOutcome.class)),
                field("note", TEXTAREA, false)));
    }

    // The child's views and support actions

    @GetMapping("/cases/{caseId}/child-views")
    String childViewForm(CasePage page) {
        return show(page, CaseAction.RECORD_CHILD_VIEW, this::childViewForm);
    }

    @PostMapping("/cases/{caseId}/child-views")
    String childView(@Valid CaseRequests.ChildView body, BindingResult binding, CasePage page) {
        return post(page, binding, this::childViewForm,
                () -> commands.childView(page.caseId(), body, page.me(), page.request()));
    }

    private Form childViewForm(CaseView plan) {
        return form(plan, "form.childView", "/child-views", null, List.of(
                field("childId", SELECT, true, members(plan, MemberRole.CHILD)),
                field("needId", SELECT, false, Stream.concat(
                        Stream.of(Option.labelled("", "field.needId.wholePlan")), needs(plan).stream()).toList()),
                field("view", TEXTAREA, false),
                field("howHeard", SELECT, true, choices(HowHeard.class)),
                field("wordsShownToGuardians", CHECKBOXES, false,
                        List.of(Option.labelled("true", "field.wordsShownToGuardians.yes")))));
    }

    @GetMapping("/cases/{caseId}/actions")
    String actionForm(CasePage page) {
        return show(page, CaseAction.PLAN_ACTION, this::actionForm);
    }

    @PostMapping("/cases/{caseId}/actions")
    String action(@Valid CaseRequests.Action body, BindingResult binding, CasePage page) {
        return post(page, binding, this::actionForm,
                () -> commands.action(page.caseId(), body, page.me(), page.request()));
    }

    private Form actionForm(CaseView plan) {
        var responsible = Stream.of(
                Stream.of(Option.named("KEY_WORKER:" + plan.keyWorker().id(), plan.keyWorker().displayName())),
                plan.family().members().stream().filter(CaseView.Member::current).map(member ->
                        Option.named("FAMILY_MEMBER:" + member.id(), member.displayName())),
                plan.network().members().stream().map(member ->
                        Option.named("NETWORK_MEMBER:" + member.professionalId(), member.displayName())))
                .flatMap(options -> options).toList();
        return form(plan, "form.action", "/actions", null, List.of(
                field("needId", SELECT, true, needs(plan)),
                field("description", TEXTAREA, true).labelled("field.actionDescription"),
                field("responsible", SELECT, true, responsible),
                field("dueDate", DATE, true)));
    }

    @GetMapping("/cases/{caseId}/actions/{actionId}/completion")
    String completionForm(@PathVariable UUID actionId, CasePage page) {
        return show(page, CaseAction.COMPLETE_ACTION, plan -> completionForm(plan, actionId));
    }

    @PostMapping("/cases/{caseId}/actions/{actionId}/completion")
    String completeAction(@PathVariable UUID actionId, @Valid CaseRequests.Note body, BindingResult binding,
                          CasePage page) {
        return post(page, binding, plan -> completionForm(plan, actionId),
                () -> commands.completeAction(page.caseId(), actionId, body, page.me(), page.request()));
    }

    private Form completionForm(CaseView plan, UUID actionId) {
        return form(plan, "form.completeAction", "/actions/" + actionId + "/completion", subjectOf(plan, actionId),
                List.of(field("note", TEXTAREA, false)));
    }

    // Consent

    @GetMapping("/cases/{caseId}/consents")
    String consentForm(CasePage page) {
        return show(page, CaseAction.RECORD_CONSENT, this::consentForm);
    }

    @PostMapping("/cases/{caseId}/consents")
    String consent(@Valid CaseRequests.Consent body, BindingResult binding, CasePage page) {
        return post(page, binding, this::consentForm,
                () -> commands.consent(page.caseId(), body, page.me(), page.request()));
    }

    private Form consentForm(CaseView plan) {
        var recipients = Stream.concat(
                directory.active(ProfessionalRole.SPECIALIST).stream().map(specialist -> Option.named(
                        "PROFESSIONAL:" + specialist.getId(),
                        specialist.getDisplayName() + " (" + professions.of(specialist.getProfession()) + ")")),
                directory.units().stream().map(unit -> Option.named("UNIT:" + unit.getId(), unit.getName())))
                .toList();
        return form(plan, "form.consent", "/consents", null, List.of(
                field("givenBy", SELECT, true, members(plan)),
                field("decision", SELECT, true, choices(ConsentDecision.class)),
                field("recipient", SELECT, true, recipients),
                field("needIds", CHECKBOXES, true, needs(plan)),
                field("purpose", TEXTAREA, false),
                field("validUntil", DATE, false),
                field("form", SELECT, true, choices(ConsentForm.class)),
                field("childMaturityAssessed", CHECKBOXES, false,
                        List.of(Option.labelled("true", "field.childMaturityAssessed.yes")))));
    }

    @GetMapping("/cases/{caseId}/consents/{consentId}/withdrawal")
    String withdrawalForm(@PathVariable UUID consentId, CasePage page) {
        return show(page, CaseAction.WITHDRAW_CONSENT, plan -> withdrawalForm(plan, consentId));
    }

    @PostMapping("/cases/{caseId}/consents/{consentId}/withdrawal")
    String withdrawConsent(@PathVariable UUID consentId, @Valid CaseRequests.ConsentWithdrawal body,
                           BindingResult binding, CasePage page) {
        return post(page, binding, plan -> withdrawalForm(plan, consentId),
                () -> commands.withdrawConsent(page.caseId(), consentId, body, page.me(), page.request()));
    }

    private Form withdrawalForm(CaseView plan, UUID consentId) {
        return form(plan, "form.withdrawConsent", "/consents/" + consentId + "/withdrawal", subjectOf(plan, consentId), List.of(
                field("withdrawnBy", SELECT, true, everyone(plan)),
                field("note", TEXTAREA, false)));
    }

    // The network

    @GetMapping("/cases/{caseId}/invitations")
    String invitationForm(CasePage page) {
        return show(page, CaseAction.INVITE, this::invitationForm);
    }

    @PostMapping("/cases/{caseId}/invitations")
    String invite(@Valid CaseRequests.Invitation body, BindingResult binding, CasePage page) {
        return post(page, binding, this::invitationForm, () -> {
            try {
                commands.invite(page.caseId(), body, page.me(), page.request());
            } catch (PlanRuleViolation violation) {
                throw withWhoseConsent(violation, page, body.specialistId());
            }
        });
    }

    /**
     * A need refused for want of consent, with whose consent is missing or who refused, as the plan's
     * consent rule decides it in the preview of the same specialist.
     */
    private RuntimeException withWhoseConsent(PlanRuleViolation violation, CasePage page, UUID specialistId) {
        if (!CONSENT_RULES.contains(violation.rule())) {
            return violation;
        }
        return reads.preview(page.caseId(), specialistId, page.me(), page.request()).needs().stream()
                .filter(need -> need.needId().toString().equals(violation.item()))
                .findFirst()
                .<RuntimeException>map(need -> new ExplainedViolation(violation, consentWords.whyNot(need)))
                .orElse(violation);
    }

    private Form invitationForm(CaseView plan) {
        return form(plan, "form.invitation", "/invitations", null, List.of(
                field("specialistId", SELECT, true, specialists()),
                field("needIds", CHECKBOXES, true, needs(plan)),
                field("message", TEXTAREA, false),
                field("respondBy", DATE, true, policy.today(clock).plusDays(14).toString())));
    }

    private List<Option> specialists() {
        return directory.active(ProfessionalRole.SPECIALIST).stream().map(specialist -> Option.named(
                specialist.getId().toString(),
                specialist.getDisplayName() + " (" + professions.of(specialist.getProfession()) + ")"))
                .toList();
    }

    @GetMapping("/cases/{caseId}/invitations/{invitationId}/withdrawal")
    String invitationWithdrawalForm(@PathVariable UUID invitationId, CasePage page) {
        return show(page, CaseAction.WITHDRAW_INVITATION, plan -> invitationWithdrawalForm(plan, invitationId));
    }

    @PostMapping("/cases/{caseId}/invitations/{invitationId}/withdrawal")
    String withdrawInvitation(@PathVariable UUID invitationId, CasePage page) {
        return post(page, FormPages.noFields(),
                plan -> invitationWithdrawalForm(plan, invitationId),
                () -> commands.withdrawInvitation(page.caseId(), invitationId, page.me(), page.request()));
    }

    private Form invitationWithdrawalForm(CaseView plan, UUID invitationId) {
        return form(plan, "form.withdrawInvitation", "/invitations/" + invitationId + "/withdrawal", subjectOf(plan, invitationId),
                List.of());
    }

    @GetMapping("/cases/{caseId}/members/{professionalId}/departure")
    String departureForm(@PathVariable UUID professionalId, CasePage page) {
        return show(page, CaseAction.END_MEMBERSHIP, plan -> departureForm(plan, professionalId));
    }

    @PostMapping("/cases/{caseId}/members/{professionalId}/departure")
    String departure(@PathVariable UUID professionalId, @Valid CaseRequests.Reason body, BindingResult binding,
                     CasePage page) {
        return postThen(page, binding, plan -> departureForm(plan, professionalId), () -> {
            commands.departure(page.caseId(), professionalId, body, page.me(), page.request());
            // Someone who left the network can no longer see the case: back to their own list.
            return professionalId.equals(page.me().professionalId()) ? "/cases" : "/cases/" + page.caseId();
        });
    }

    private Form departureForm(CaseView plan, UUID professionalId) {
        return form(plan, "form.departure", "/members/" + professionalId + "/departure", subjectOf(plan, professionalId),
                List.of(field("reason", TEXTAREA, false)));
    }

    // Reviews, approval, the key worker, closing

    @GetMapping("/cases/{caseId}/reviews")
    String reviewForm(CasePage page) {
        return show(page, CaseAction.RECORD_REVIEW, this::reviewForm);
    }

    @PostMapping("/cases/{caseId}/reviews")
    String review(@Valid CaseRequests.Review body, BindingResult binding, CasePage page) {
        return post(page, binding, this::reviewForm,
                () -> commands.review(page.caseId(), body, page.me(), page.request()));
    }

    private Form reviewForm(CaseView plan) {
        return form(plan, "form.review", "/reviews", null, List.of(
                field("heldOn", DATE, true, policy.today(clock).toString()),
                field("participants", TEXT, true),
                field("summary", TEXTAREA, true),
                field("nextReviewOn", DATE, true)));
    }

    @GetMapping("/cases/{caseId}/approvals")
    String approvalForm(CasePage page) {
        return show(page, CaseAction.RECORD_APPROVAL, this::approvalForm);
    }

    @PostMapping("/cases/{caseId}/approvals")
    String approve(@Valid CaseRequests.Approval body, BindingResult binding, CasePage page) {
        return post(page, binding, this::approvalForm,
                () -> commands.approve(page.caseId(), body, page.me(), page.request()));
    }

    /** Those who may approve today, by the plan's own rule: the family's members now. */
    private Form approvalForm(CaseView plan) {
        LocalDate today = policy.today(clock);
        return form(plan, "form.approval", "/approvals", null, List.of(
                field("approvedBy", SELECT, true, plan.family().members().stream().filter(CaseView.Member::current)
                        .filter(member -> Approvals.mayApprove(member.role(), member.birthDate(), today))
                        .map(member -> Option.named(member.id().toString(), member.displayName())).toList()),
                field("version", HIDDEN, true, String.valueOf(plan.version()))));
    }

    @GetMapping("/cases/{caseId}/key-worker-handover")
    String handOverForm(CasePage page) {
        return show(page, CaseAction.HAND_OVER, this::handOverForm);
    }

    @PostMapping("/cases/{caseId}/key-worker-handover")
    String handOver(@Valid CaseRequests.HandOver body, BindingResult binding, CasePage page) {
        return postThen(page, binding, this::handOverForm, () -> {
            commands.handOver(page.caseId(), body, page.me(), page.request());
            // The case is the new key worker's now: the one who handed it over goes back to their list.
            return "/cases";
        });
    }

    private Form handOverForm(CaseView plan) {
        return form(plan, "form.handOver", "/key-worker-handover", null, List.of(
                field("newKeyWorkerId", SELECT, true, directory.active(ProfessionalRole.KEY_WORKER).stream()
                        .filter(keyWorker -> !keyWorker.getId().equals(plan.keyWorker().id()))
                        .map(keyWorker -> Option.named(keyWorker.getId().toString(), keyWorker.getDisplayName()))
                        .toList()),
                field("reason", TEXTAREA, true)));
    }

    @GetMapping("/cases/{caseId}/closure")
    String closureForm(CasePage page) {
        return show(page, CaseAction.CLOSE_CASE, this::closureForm);
    }

    @PostMapping("/cases/{caseId}/closure")
    String close(@Valid CaseRequests.RequiredReason body, BindingResult binding, CasePage page) {
        return post(page, binding, this::closureForm,
                () -> commands.close(page.caseId(), body, page.me(), page.request()));
    }

    private Form closureForm(CaseView plan) {
        return form(plan, "form.closeCase", "/closure", null, List.of(field("reason", TEXTAREA, true)));
    }
}
