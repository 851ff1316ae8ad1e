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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fi.perhekeskus.access.CaseAction;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.plan.api.ActionResolution;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.Approvals;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.plan.api.ContactDetails;
import fi.perhekeskus.plan.api.ExternalParticipantKind;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.FollowUpDecision;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.LegalBasis;
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
import fi.perhekeskus.web.input.StorableText;
import fi.perhekeskus.web.input.SupportedDate;
import fi.perhekeskus.web.problems.CaseNotVisible;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
        plan.network().externals().forEach(participant -> items.put(participant.id().toString(),
                new Form.Words("subject.participant", participant.withOrganisation())));
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

    @GetMapping("/cases/{caseId}/family-members/{memberId}/contact-details")
    String contactForm(@PathVariable UUID memberId, CasePage page) {
        return show(page, CaseAction.RECORD_CONTACT_DETAILS, plan -> contactForm(plan, memberId));
    }

    @PostMapping("/cases/{caseId}/family-members/{memberId}/contact-details")
    String contactDetails(@PathVariable UUID memberId, @Valid CaseRequests.ContactDetails body, BindingResult binding,
                          CasePage page) {
        return post(page, binding, plan -> contactForm(plan, memberId),
                () -> commands.contactDetails(page.caseId(), memberId, body, page.me(), page.request()));
    }

    /** Starts from the details recorded now: the form gives all of them as they should read. */
    private Form contactForm(CaseView plan, UUID memberId) {
        var member = member(plan, memberId);
        var contact = member.contact() == null ? ContactDetails.NONE : member.contact();
        return form(plan, "form.contactDetails", "/family-members/" + member.id() + "/contact-details",
                subjectOf(plan, memberId), List.of(
                        field("phone", TEXT, false, Objects.toString(contact.phone(), "")),
                        field("email", TEXT, false, Objects.toString(contact.email(), "")),
                        field("address", TEXTAREA, false, Objects.toString(contact.address(), ""))));
    }

    @GetMapping("/cases/{caseId}/family-members/{memberId}/non-disclosure")
    String nonDisclosureForm(@PathVariable UUID memberId, CasePage page) {
        return show(page, CaseAction.RECORD_NON_DISCLOSURE, plan -> nonDisclosureForm(plan, memberId));
    }

    @PostMapping("/cases/{caseId}/family-members/{memberId}/non-disclosure")
    String nonDisclosure(@PathVariable UUID memberId, @Valid CaseRequests.NonDisclosure body, BindingResult binding,
                         CasePage page) {
        return post(page, binding, plan -> nonDisclosureForm(plan, memberId),
                () -> commands.nonDisclosure(page.caseId(), memberId, body, page.me(), page.request()));
    }

    /** Offers the other way round from what is recorded now: that is what the key worker comes to record. */
    private Form nonDisclosureForm(CaseView plan, UUID memberId) {
        var member = member(plan, memberId);
        return form(plan, "form.nonDisclosure", "/family-members/" + member.id() + "/non-disclosure",
                subjectOf(plan, memberId), List.of(
                        field("marked", SELECT, true, yesOrNo("field.marked"), String.valueOf(!member.nonDisclosure())),
                        field("note", TEXTAREA, false)));
    }

    private static List<Option> yesOrNo(String key) {
        return List.of(Option.labelled("true", key + ".true"), Option.labelled("false", key + ".false"));
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

    @GetMapping("/cases/{caseId}/needs/{needId}/confidentiality")
    String confidentialityForm(@PathVariable UUID needId, CasePage page) {
        return show(page, CaseAction.RECORD_NEED_CONFIDENTIALITY, plan -> confidentialityForm(plan, needId));
    }

    @PostMapping("/cases/{caseId}/needs/{needId}/confidentiality")
    String confidentiality(@PathVariable UUID needId, @Valid CaseRequests.Confidentiality body,
                           BindingResult binding, CasePage page) {
        return post(page, binding, plan -> confidentialityForm(plan, needId),
                () -> commands.confidentiality(page.caseId(), needId, body, page.me(), page.request()));
    }

    /**
     * Whose decision it is: the adults the need concerns (the plan accepts only the one whose own need
     * it is), offering the other way round from what is recorded now.
     */
    private Form confidentialityForm(CaseView plan, UUID needId) {
        var need = need(plan, needId);
        return form(plan, "form.confidentiality", "/needs/" + need.id() + "/confidentiality", needWords(plan, needId),
                List.of(
                        field("decidedBy", SELECT, true, plan.family().members().stream()
                                .filter(member -> need.concernsMemberIds().contains(member.id())
                                        && member.role() != MemberRole.CHILD)
                                .map(member -> Option.named(member.id().toString(), member.displayName())).toList()),
                        field("confidential", SELECT, true, yesOrNo("field.confidential"),
                                String.valueOf(!need.confidential())),
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

    @GetMapping("/cases/{caseId}/needs/{needId}/goal")
    String goalForm(@PathVariable UUID needId, CasePage page) {
        return show(page, CaseAction.SET_GOAL, plan -> goalForm(plan, needId));
    }

    @PostMapping("/cases/{caseId}/needs/{needId}/goal")
    String setGoal(@PathVariable UUID needId, @Valid CaseRequests.Goal body, BindingResult binding, CasePage page) {
        return post(page, binding, plan -> goalForm(plan, needId),
                () -> commands.goal(page.caseId(), needId, body, page.me(), page.request()));
    }

    /** Starts from the goal as set now: revising it gives both as they should read. */
    private Form goalForm(CaseView plan, UUID needId) {
        CaseView.Goal goal = need(plan, needId).goal();
        return form(plan, "form.goal", "/needs/" + needId + "/goal", needWords(plan, needId), List.of(
                field("whatWillBeDifferent", TEXTAREA, true, goal == null ? "" : goal.whatWillBeDifferent()),
                field("howWeWillNotice", TEXTAREA, true, goal == null ? "" : goal.howWeWillNotice())));
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

    @GetMapping("/cases/{caseId}/child-views/{viewId}/withholding")
    String withholdingForm(@PathVariable UUID viewId, CasePage page) {
        return show(page, CaseAction.WITHHOLD_CHILD_VIEW, plan -> withholdingForm(plan, viewId));
    }

    @PostMapping("/cases/{caseId}/child-views/{viewId}/withholding")
    String withholding(@PathVariable UUID viewId, @Valid CaseRequests.Withholding body, BindingResult binding,
                       CasePage page) {
        return post(page, binding, plan -> withholdingForm(plan, viewId),
                () -> commands.withholding(page.caseId(), viewId, body, page.me(), page.request()));
    }

    /** Every guardian the family has had, those it is withheld from now checked: the form gives the whole set. */
    private Form withholdingForm(CaseView plan, UUID viewId) {
        var view = Stream.concat(plan.needs().stream().flatMap(need -> need.childViews().stream()),
                        plan.childViews().stream())
                .filter(candidate -> candidate.id().equals(viewId)).findFirst().orElseThrow(CaseNotVisible::new);
        return form(plan, "form.withholding", "/child-views/" + view.id() + "/withholding",
                subjectOf(plan, view.childId()), List.of(
                        field("withheldFrom", CHECKBOXES, false, plan.family().members().stream()
                                .filter(member -> member.role() == MemberRole.GUARDIAN)
                                .map(member -> Option.named(member.id().toString(), member.displayName())).toList(),
                                view.withheldFrom().stream().map(UUID::toString).toArray(String[]::new)),
                        field("note", TEXTAREA, false)));
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
        var recipients = Stream.of(
                colleagues(plan).map(professional -> Option.named("PROFESSIONAL:" + professional.getId(),
                        professional.getDisplayName() + " (" + professions.of(professional.getProfession()) + ")")),
                directory.units().stream().map(unit -> Option.named("UNIT:" + unit.getId(), unit.getName())),
                plan.network().externals().stream().filter(CaseView.ExternalParticipant::current)
                        .map(participant -> Option.named("EXTERNAL:" + participant.id(), participant.withOrganisation())))
                .flatMap(Function.identity())
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
                field("specialistId", SELECT, true, invitable(plan)),
                field("needIds", CHECKBOXES, true, needs(plan)),
                field("message", TEXTAREA, false),
                field("respondBy", DATE, true, policy.today(clock).plusDays(14).toString())));
    }

    /** Specialists, and key workers other than the case's own, such as the child-health-clinic nurse. */
    private List<Option> invitable(CaseView plan) {
        return colleagues(plan).map(professional -> Option.named(professional.getId().toString(),
                professional.getDisplayName() + " (" + professions.of(professional.getProfession()) + ")"))
                .toList();
    }

    private Stream<Professional> colleagues(CaseView plan) {
        return Stream.concat(directory.active(ProfessionalRole.SPECIALIST).stream(),
                directory.active(ProfessionalRole.KEY_WORKER).stream()
                        .filter(keyWorker -> plan.keyWorker() == null
                                || !keyWorker.getId().equals(plan.keyWorker().id())));
    }

    // The network beyond the directory, and disclosures

    @GetMapping("/cases/{caseId}/external-participants")
    String participantForm(CasePage page) {
        return show(page, CaseAction.ADD_EXTERNAL_PARTICIPANT, this::participantForm);
    }

    @PostMapping("/cases/{caseId}/external-participants")
    String addParticipant(@Valid CaseRequests.ExternalParticipant body, BindingResult binding, CasePage page) {
        return post(page, binding, this::participantForm,
                () -> commands.addParticipant(page.caseId(), body, page.me(), page.request()));
    }

    private Form participantForm(CaseView plan) {
        return form(plan, "form.externalParticipant", "/external-participants", null, List.of(
                field("name", TEXT, true),
                field("organisation", TEXT, false),
                field("kind", SELECT, true, choices(ExternalParticipantKind.class))));
    }

    @GetMapping("/cases/{caseId}/external-participants/{participantId}/removal")
    String participantRemovalForm(@PathVariable UUID participantId, CasePage page) {
        return show(page, CaseAction.REMOVE_EXTERNAL_PARTICIPANT, plan -> participantRemovalForm(plan, participantId));
    }

    @PostMapping("/cases/{caseId}/external-participants/{participantId}/removal")
    String removeParticipant(@PathVariable UUID participantId, @Valid CaseRequests.Reason body,
                             BindingResult binding, CasePage page) {
        return post(page, binding, plan -> participantRemovalForm(plan, participantId),
                () -> commands.removeParticipant(page.caseId(), participantId, body, page.me(), page.request()));
    }

    private Form participantRemovalForm(CaseView plan, UUID participantId) {
        return form(plan, "form.removeParticipant",
                "/external-participants/" + participant(plan, participantId).id() + "/removal",
                subjectOf(plan, participantId), List.of(field("reason", TEXTAREA, false)));
    }

    @GetMapping("/cases/{caseId}/external-participants/{participantId}/disclosures")
    String tellingForm(@PathVariable UUID participantId, CasePage page) {
        return show(page, CaseAction.TELL_EXTERNAL_PARTICIPANT, plan -> tellingForm(plan, participantId));
    }

    @PostMapping("/cases/{caseId}/external-participants/{participantId}/disclosures")
    String tellParticipant(@PathVariable UUID participantId, @Valid CaseRequests.Telling body,
                           BindingResult binding, CasePage page) {
        return post(page, binding, plan -> tellingForm(plan, participantId),
                () -> commands.tellParticipant(page.caseId(), participantId, body, page.me(), page.request()));
    }

    /** The plan decides which of the needs consent lets be told; the form offers the open ones. */
    private Form tellingForm(CaseView plan, UUID participantId) {
        return form(plan, "form.tellParticipant",
                "/external-participants/" + participant(plan, participantId).id() + "/disclosures",
                subjectOf(plan, participantId), List.of(
                        field("needIds", CHECKBOXES, true, needs(plan)),
                        field("told", TEXTAREA, true),
                        field("toldOn", DATE, true, policy.today(clock).toString())));
    }

    @GetMapping("/cases/{caseId}/legal-disclosures")
    String legalDisclosureForm(CasePage page) {
        return show(page, CaseAction.RECORD_LEGAL_DISCLOSURE, this::legalDisclosureForm);
    }

    @PostMapping("/cases/{caseId}/legal-disclosures")
    String legalDisclosure(@Valid CaseRequests.LegalDisclosure body, BindingResult binding, CasePage page) {
        return post(page, binding, this::legalDisclosureForm,
                () -> commands.legalDisclosure(page.caseId(), body, page.me(), page.request()));
    }

    /** Anyone the family has had and any need, closed or not: the law's duty reaches all that is on record. */
    private Form legalDisclosureForm(CaseView plan) {
        return form(plan, "form.legalDisclosure", "/legal-disclosures", null, List.of(
                field("legalBasis", SELECT, true, choices(LegalBasis.class)),
                field("provision", TEXT, false),
                field("recipient", TEXT, true),
                field("memberIds", CHECKBOXES, true, everyone(plan)),
                field("needIds", CHECKBOXES, false, plan.needs().stream()
                        .map(need -> Option.named(need.id().toString(), Quotes.quoted(need.description()))).toList()),
                field("disclosed", TEXTAREA, true),
                field("disclosedOn", DATE, true, policy.today(clock).toString())));
    }

    private static CaseView.ExternalParticipant participant(CaseView plan, UUID participantId) {
        return plan.network().externals().stream().filter(participant -> participant.id().equals(participantId))
                .findFirst().orElseThrow(CaseNotVisible::new);
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
    String review(@Valid ReviewForm body, BindingResult binding, CasePage page) {
        return post(page, binding, this::reviewForm,
                () -> commands.review(page.caseId(), body.toRequest(), page.me(), page.request()));
    }

    /**
     * Who took part, ticked from the family's members now and the case's professionals, and up to
     * {@value #OTHER_PARTICIPANTS} others by name and organisation; then each open need with its goal,
     * followed up in turn.
     */
    private Form reviewForm(CaseView plan) {
        var professionals = Stream.concat(
                Stream.of(Option.named(plan.keyWorker().id().toString(), plan.keyWorker().displayName())),
                plan.network().members().stream().map(member ->
                        Option.named(member.professionalId().toString(), member.displayName()))).toList();
        var fields = new ArrayList<Form.Field>(List.of(
                field("heldOn", DATE, true, policy.today(clock).toString()),
                field("familyParticipants", CHECKBOXES, false, members(plan)),
                field("professionalParticipants", CHECKBOXES, false, professionals)));
        for (int row = 0; row < OTHER_PARTICIPANTS; row++) {
            fields.add(field("others[" + row + "].name", TEXT, false).labelled("field.otherParticipant.name", row + 1));
            fields.add(field("others[" + row + "].organisation", TEXT, false)
                    .labelled("field.otherParticipant.organisation", row + 1));
        }
        fields.add(field("summary", TEXTAREA, true));
        List<CaseView.Need> open = plan.needs().stream().filter(need -> need.status() != NeedStatus.CLOSED).toList();
        for (int row = 0; row < open.size(); row++) {
            CaseView.Need need = open.get(row);
            String name = Quotes.quoted(PlanNames.shortly(need.description())) + (need.goal() == null ? ""
                    : " \u2192 " + Quotes.quoted(PlanNames.shortly(need.goal().whatWillBeDifferent())));
            String prefix = "followUps[" + row + "].";
            fields.add(field(prefix + "needId", HIDDEN, true, need.id().toString()));
            fields.add(field(prefix + "familyView", TEXTAREA, true).labelled("field.followUp.familyView", name));
            fields.add(field(prefix + "professionalView", TEXTAREA, true)
                    .labelled("field.followUp.professionalView", name));
            fields.add(field(prefix + "childView", TEXTAREA, false).labelled("field.followUp.childView", name));
            fields.add(field(prefix + "decision", SELECT, true, choices(FollowUpDecision.class), "CONTINUE")
                    .labelled("field.followUp.decision", name));
            fields.add(field(prefix + "outcome", SELECT, false, Stream.concat(
                    Stream.of(Option.labelled("", "field.followUp.noOutcome")), choices(NeedOutcome.class).stream())
                    .toList()).labelled("field.followUp.outcome", name));
            fields.add(field(prefix + "note", TEXTAREA, false).labelled("field.followUp.note", name));
        }
        fields.add(field("nextReviewOn", DATE, false));
        return form(plan, "form.review", "/reviews", null, fields);
    }

    private static final int OTHER_PARTICIPANTS = 2;

    /**
     * The review form as posted: family members and professionals ticked by id, others by name and
     * organisation (an empty row is no one), and a follow-up of each open need.
     */
    record ReviewForm(@NotNull @SupportedDate LocalDate heldOn, List<UUID> familyParticipants,
                      List<UUID> professionalParticipants, @Size(max = OTHER_PARTICIPANTS) List<@Valid Other> others,
                      @StorableText(max = CaseRequests.TEXT) String summary,
                      @Size(max = CaseRequests.OPEN_ITEMS) List<CaseRequests.@Valid FollowUp> followUps,
                      @SupportedDate LocalDate nextReviewOn) {

        record Other(@StorableText(max = CaseRequests.NAME) String name,
                     @StorableText(max = CaseRequests.NAME) String organisation) {
        }

        CaseRequests.Review toRequest() {
            var participants = Stream.of(
                    listed(familyParticipants).stream().map(id -> new CaseRequests.Participant("FAMILY_MEMBER", id,
                            null, null, null)),
                    listed(professionalParticipants).stream().map(id -> new CaseRequests.Participant("PROFESSIONAL",
                            null, id, null, null)),
                    listed(others).stream().filter(other -> other != null
                                    && (other.name() != null || other.organisation() != null))
                            .map(other -> new CaseRequests.Participant("EXTERNAL", null, null, other.name(),
                                    other.organisation())))
                    .flatMap(each -> each).toList();
            return new CaseRequests.Review(heldOn, participants, summary, listed(followUps), nextReviewOn);
        }

        private static <T> List<T> listed(List<T> items) {
            return items == null ? List.of() : items;
        }
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
    String close(@Valid CaseRequests.CaseClosure body, BindingResult binding, CasePage page) {
        return post(page, binding, this::closureForm,
                () -> commands.close(page.caseId(), body, page.me(), page.request()));
    }

    /** Each open need's outcome and each open action's resolution, then the summary for the family. */
    private Form closureForm(CaseView plan) {
        var fields = new ArrayList<Form.Field>();
        List<CaseView.Need> open = plan.needs().stream().filter(need -> need.status() != NeedStatus.CLOSED).toList();
        for (int row = 0; row < open.size(); row++) {
            String name = Quotes.quoted(PlanNames.shortly(open.get(row).description()));
            fields.add(field("needOutcomes[" + row + "].needId", HIDDEN, true, open.get(row).id().toString()));
            fields.add(field("needOutcomes[" + row + "].outcome", SELECT, true, choices(NeedOutcome.class))
                    .labelled("field.closing.outcome", name));
            fields.add(field("needOutcomes[" + row + "].note", TEXTAREA, false).labelled("field.closing.outcomeNote", name));
        }
        List<CaseView.SupportAction> actions = open.stream().flatMap(need -> need.actions().stream())
                .filter(action -> action.status() == CaseView.SupportAction.Status.OPEN).toList();
        for (int row = 0; row < actions.size(); row++) {
            String name = Quotes.quoted(PlanNames.shortly(actions.get(row).description()));
            String prefix = "actionResolutions[" + row + "].";
            fields.add(field(prefix + "actionId", HIDDEN, true, actions.get(row).id().toString()));
            fields.add(field(prefix + "resolution", SELECT, true, choices(ActionResolution.class))
                    .labelled("field.closing.resolution", name));
            fields.add(field(prefix + "service", TEXT, false).labelled("field.closing.service", name));
            fields.add(field(prefix + "note", TEXTAREA, false).labelled("field.closing.actionNote", name));
        }
        fields.add(field("reason", TEXTAREA, true));
        fields.add(field("summaryForFamily", TEXTAREA, true));
        fields.add(field("referredTo", TEXT, false));
        return form(plan, "form.closeCase", "/closure", null, fields);
    }

    @GetMapping("/cases/{caseId}/reopening")
    String reopeningForm(CasePage page) {
        return show(page, CaseAction.REOPEN_CASE, this::reopeningForm);
    }

    @PostMapping("/cases/{caseId}/reopening")
    String reopen(@Valid CaseRequests.RequiredReason body, BindingResult binding, CasePage page) {
        return post(page, binding, this::reopeningForm,
                () -> commands.reopen(page.caseId(), body, page.me(), page.request()));
    }

    private Form reopeningForm(CaseView plan) {
        return form(plan, "form.reopenCase", "/reopening", null, List.of(field("reason", TEXTAREA, true)));
    }
}
