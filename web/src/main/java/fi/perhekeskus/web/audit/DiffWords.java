package fi.perhekeskus.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.perhekeskus.audit.versions.PlanDiff;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.web.pages.FamilyLanguages;
import fi.perhekeskus.web.pages.PageDates;
import fi.perhekeskus.web.pages.Quotes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What changed between two versions, in the reader's words: each item named as the plan names it,
 * each field by its label with its value before and after, people by name, codes in words, dates
 * as the family centre's calendar shows them; the fields that changed are marked.
 */
@Component
class DiffWords {

    private final MessageSource messages;
    private final PageDates dates;
    private final FamilyLanguages languages;

    DiffWords(MessageSource messageSource, PageDates dates, FamilyLanguages languages) {
        this.messages = messageSource;
        this.dates = dates;
        this.languages = languages;
    }

    /** A changed item as the page shows it. */
    record Shown(String section, PlanDiff.Kind kind, String item, List<Field> fields) {
    }

    /** @param changed whether the value is not what it was: the field the reader looks for */
    record Field(String label, String before, String after, boolean changed) {
    }

    List<Shown> of(PlanDiff diff, HistoryWords.Names names) {
        return diff.changes().stream().map(change -> shown(change, names)).toList();
    }

    private Shown shown(PlanDiff.Change change, HistoryWords.Names names) {
        Object either = change.after() != null ? change.after() : change.before();
        List<Part> parts = partsOf(either, names);
        var fields = new ArrayList<Field>();
        for (Part part : parts) {
            String before = change.before() == null ? "" : part.value().apply(change.before());
            String after = change.after() == null ? "" : part.value().apply(change.after());
            if (!before.isEmpty() || !after.isEmpty()) {
                fields.add(new Field(word("diff.field." + part.label()), before, after,
                        change.kind() == PlanDiff.Kind.CHANGED && !before.equals(after)));
            }
        }
        return new Shown(change.section(), change.kind(), itemOf(change, either, names), fields);
    }

    private String itemOf(PlanDiff.Change change, Object item, HistoryWords.Names names) {
        if (item instanceof CaseView.Member member) {
            return member.displayName();
        }
        if (item instanceof FamilyLanguage) {
            return word("plan.language");
        }
        if (item instanceof PlanDiff.NeedWording need) {
            return Quotes.quoted(need.description());
        }
        if (item instanceof CaseView.Agreement answer) {
            UUID needId = UUID.fromString(change.key().substring(0, change.key().indexOf('/')));
            return names.person(answer.memberId()) + ": " + names.needs(Set.of(needId));
        }
        if (item instanceof CaseView.Consent consent) {
            return names.person(consent.givenBy()) + " \u2192 " + names.person(consent.recipient().id());
        }
        if (item instanceof CaseView.NetworkMember member) {
            return member.displayName();
        }
        if (item instanceof CaseView.Invitation invitation) {
            return names.person(invitation.specialistId());
        }
        if (item instanceof CaseView.SupportAction action) {
            return Quotes.quoted(action.description());
        }
        return "";
    }

    /** A field of an item: its label's key and its value in words; an absent value is no words. */
    private record Part(String label, Function<Object, String> value) {

        static <T> Part of(Class<T> type, String label, Function<T, String> value) {
            return new Part(label, item -> Objects.toString(value.apply(type.cast(item)), ""));
        }
    }

    private List<Part> partsOf(Object item, HistoryWords.Names names) {
        if (item instanceof CaseView.Member) {
            return List.of(
                    Part.of(CaseView.Member.class, "displayName", CaseView.Member::displayName),
                    Part.of(CaseView.Member.class, "role", member -> enumWord("MemberRole", member.role())),
                    Part.of(CaseView.Member.class, "birthDate", member -> date(member.birthDate())),
                    Part.of(CaseView.Member.class, "left", member -> member.left() == null ? ""
                            : enumWord("FamilyMembershipEndReason", member.left().reason())));
        }
        if (item instanceof FamilyLanguage) {
            return List.of(
                    Part.of(FamilyLanguage.class, "language", language -> languages.name(language.code())),
                    Part.of(FamilyLanguage.class, "interpreter", language -> language.interpreterNeeded()
                            ? word("field.interpreterNeeded.yes") : ""));
        }
        if (item instanceof PlanDiff.NeedWording) {
            return List.of(
                    Part.of(PlanDiff.NeedWording.class, "description", PlanDiff.NeedWording::description),
                    Part.of(PlanDiff.NeedWording.class, "professionalNote", PlanDiff.NeedWording::professionalNote),
                    Part.of(PlanDiff.NeedWording.class, "status", need -> enumWord("NeedStatus", need.status())),
                    Part.of(PlanDiff.NeedWording.class, "outcome", need -> enumWord("NeedOutcome", need.outcome())),
                    Part.of(PlanDiff.NeedWording.class, "concerns", need -> people(need.concernsMemberIds(), names)),
                    Part.of(PlanDiff.NeedWording.class, "raisedBy", need -> need.raisedBy().kind() == NeedRaiser.Kind.KEY_WORKER
                            ? word("plan.theKeyWorker") : names.person(need.raisedBy().memberId())));
        }
        if (item instanceof CaseView.Agreement) {
            return List.of(
                    Part.of(CaseView.Agreement.class, "decision", answer -> enumWord("AgreementDecision", answer.decision())),
                    Part.of(CaseView.Agreement.class, "channel", answer -> enumWord("AgreementChannel", answer.channel())),
                    Part.of(CaseView.Agreement.class, "givenAt", answer -> time(answer.givenAt())));
        }
        if (item instanceof CaseView.Consent) {
            return List.of(
                    Part.of(CaseView.Consent.class, "decision", consent -> enumWord("ConsentDecision", consent.decision())),
                    Part.of(CaseView.Consent.class, "needs", consent -> names.needs(consent.needIds())),
                    Part.of(CaseView.Consent.class, "purpose", CaseView.Consent::purpose),
                    Part.of(CaseView.Consent.class, "validUntil", consent -> date(consent.validUntil())),
                    Part.of(CaseView.Consent.class, "status", consent -> enumWord("ConsentStatus", consent.status())));
        }
        if (item instanceof CaseView.NetworkMember) {
            return List.of(
                    Part.of(CaseView.NetworkMember.class, "needs", member -> names.needs(member.needIds())),
                    Part.of(CaseView.NetworkMember.class, "since", member -> time(member.since())));
        }
        if (item instanceof CaseView.Invitation) {
            return List.of(
                    Part.of(CaseView.Invitation.class, "needs", invitation -> names.needs(invitation.needIds())),
                    Part.of(CaseView.Invitation.class, "message", CaseView.Invitation::message),
                    Part.of(CaseView.Invitation.class, "respondBy", invitation -> date(invitation.respondBy())),
                    Part.of(CaseView.Invitation.class, "status", invitation -> enumWord("InvitationStatus", invitation.status())),
                    Part.of(CaseView.Invitation.class, "declineReason", CaseView.Invitation::declineReason));
        }
        if (item instanceof CaseView.SupportAction) {
            return List.of(
                    Part.of(CaseView.SupportAction.class, "description", CaseView.SupportAction::description),
                    Part.of(CaseView.SupportAction.class, "responsible", action -> names.person(action.responsible().id())),
                    Part.of(CaseView.SupportAction.class, "dueDate", action -> date(action.dueDate())),
                    Part.of(CaseView.SupportAction.class, "status", action -> enumWord("ActionStatus", action.status())));
        }
        return List.of();
    }

    private String people(Collection<UUID> ids, HistoryWords.Names names) {
        return ids.stream().map(names::person).sorted().collect(Collectors.joining(", "));
    }

    private String enumWord(String type, Enum<?> value) {
        return value == null ? "" : word("enum." + type + "." + value.name());
    }

    private String date(LocalDate date) {
        return dates.date(date);
    }

    private String time(Instant instant) {
        return dates.time(instant);
    }

    private String word(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

}
