package fi.perhekeskus.web.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.perhekeskus.audit.history.HistoryData;
import fi.perhekeskus.audit.history.HistoryEntry;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.web.cases.PlanNames;
import fi.perhekeskus.web.pages.FamilyLanguages;
import fi.perhekeskus.web.pages.PageDates;
import fi.perhekeskus.web.pages.Quotes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A history entry as a sentence for people: who did what to which member's answer, which need,
 * action, consent or invitation, named as the plan names them now, and the reason or note given.
 * The history's own summaries (the API's) say only what kind of change it was.
 */
@Component
class HistoryWords {

    private final MessageSource messages;
    private final PageDates dates;
    private final FamilyLanguages languages;

    HistoryWords(MessageSource messageSource, PageDates dates, FamilyLanguages languages) {
        this.messages = messageSource;
        this.dates = dates;
        this.languages = languages;
    }

    /** An entry in words: what happened, and the reason or note given with it, if any. */
    record Said(String what, String why) {
    }

    /** The plan's items by id, named as the plan and the directory name them now. */
    record Names(Map<UUID, String> people, Map<UUID, String> needs, Map<UUID, String> actions,
                 Map<UUID, CaseView.Consent> consents, Map<UUID, UUID> invitees, String family) {

        static Names of(CaseView plan, Map<UUID, String> people) {
            return new Names(people,
                    plan.needs().stream().collect(Collectors.toMap(CaseView.Need::id,
                            need -> PlanNames.shortly(need.description()))),
                    plan.needs().stream().flatMap(need -> need.actions().stream())
                            .collect(Collectors.toMap(CaseView.SupportAction::id,
                                    action -> PlanNames.shortly(action.description()))),
                    plan.consents().stream().collect(Collectors.toMap(CaseView.Consent::id, consent -> consent)),
                    plan.network().invitations().stream().collect(Collectors.toMap(CaseView.Invitation::id,
                            CaseView.Invitation::specialistId)),
                    PlanNames.family(plan));
        }

        String person(UUID id) {
            return id == null ? "" : people.getOrDefault(id, "");
        }

        String needs(Set<UUID> ids) {
            return ids.stream().map(id -> Quotes.quoted(needs.getOrDefault(id, "")))
                    .collect(Collectors.joining(", "));
        }

        String consent(UUID id) {
            CaseView.Consent consent = consents.get(id);
            return consent == null ? "" : person(consent.givenBy()) + " \u2192 " + person(consent.recipient().id());
        }
    }

    Said of(HistoryEntry entry, Names names) {
        String type = entry.type();
        HistoryData data = entry.data();
        if (data instanceof HistoryData.Opening opening) {
            return said(type, null, names.family(), languages.name(opening.language().code()),
                    interpreter(opening.language()));
        }
        if (data instanceof HistoryData.MemberJoining joining) {
            return said(type, null, joining.member().displayName(),
                    word("enum.MemberRole." + joining.member().role()));
        }
        if (data instanceof HistoryData.MemberLeaving leaving) {
            return said(type, leaving.note(), names.person(leaving.memberId()),
                    word("enum.FamilyMembershipEndReason." + leaving.reason()));
        }
        if (data instanceof HistoryData.MemberCorrection correction) {
            return said(type, correction.note(), correction.displayName(),
                    correction.birthDate() == null ? "" : dates.date(correction.birthDate()));
        }
        if (data instanceof HistoryData.LanguageChange change) {
            return said(type, null, languages.name(change.language().code()), interpreter(change.language()));
        }
        if (data instanceof HistoryData.KeyWorkerHandover handover) {
            return said(type, handover.reason(),
                    names.person(handover.newKeyWorkerId()), names.person(handover.previousKeyWorkerId()));
        }
        if (data instanceof HistoryData.NewNeed need) {
            return said(type, need.professionalNote(), names.needs(Set.of(need.needId())),
                    need.concernsMemberIds().stream().map(names::person).sorted().collect(Collectors.joining(", ")));
        }
        if (data instanceof HistoryData.Rewording rewording) {
            return said(type, rewording.professionalNote(),
                    names.needs(Set.of(rewording.needId())));
        }
        if (data instanceof HistoryData.Answer answer) {
            return said(type, answer.note(), names.person(answer.memberId()),
                    names.needs(Set.of(answer.needId())), word("enum.AgreementChannel." + answer.channel()));
        }
        if (data instanceof HistoryData.NeedEnd end) {
            return said(type, end.note(), names.needs(Set.of(end.needId())),
                    word("enum.NeedOutcome." + end.outcome()));
        }
        if (data instanceof HistoryData.NewChildView view) {
            return said(type, null, names.person(view.childId()),
                    view.needId() == null ? word("history.wholePlan") : names.needs(Set.of(view.needId())),
                    word("enum.HowHeard." + view.howHeard()));
        }
        if (data instanceof HistoryData.NewAction action) {
            return said(type, null, Quotes.quoted(names.actions().get(action.actionId())),
                    names.needs(Set.of(action.needId())), dates.date(action.dueDate()));
        }
        if (data instanceof HistoryData.ActionEnd end) {
            return said(type, end.note(), Quotes.quoted(names.actions().get(end.actionId())));
        }
        if (data instanceof HistoryData.NewConsent consent) {
            return said(type, consent.purpose(), names.person(consent.givenBy()),
                    names.person(consent.recipient().id()), names.needs(consent.needIds()),
                    consent.validUntil() == null ? "" : dates.date(consent.validUntil()));
        }
        if (data instanceof HistoryData.ConsentEnd end) {
            return said(type, end.note(), names.person(end.withdrawnBy()),
                    names.consent(end.consentId()));
        }
        if (data instanceof HistoryData.NewInvitation invitation) {
            return said(type, invitation.message(),
                    names.person(invitation.specialistId()), names.needs(invitation.needIds()),
                    dates.date(invitation.respondBy()));
        }
        if (data instanceof HistoryData.Joining joining) {
            return said(type, null, names.person(joining.specialistId()),
                    names.needs(joining.needIds()));
        }
        if (data instanceof HistoryData.InvitationEnd end) {
            return said(type,
                    "InvitationLapsed".equals(type) ? word("enum.InvitationLapseReason." + end.reason()) : end.reason(),
                    names.person(names.invitees().get(end.invitationId())));
        }
        if (data instanceof HistoryData.MembershipEnd end) {
            return said(type, "NetworkMembershipEnded".equals(type)
                    ? joined(word("enum.MembershipEndReason." + end.reason()), end.note()) : end.note(),
                    names.person(end.professionalId()));
        }
        if (data instanceof HistoryData.NewReview review) {
            return said(type, review.summary(), dates.date(review.heldOn()),
                    dates.date(review.nextReviewOn()));
        }
        if (data instanceof HistoryData.NewApproval approval) {
            return said(type, null, names.person(approval.approvedBy()),
                    String.valueOf(approval.version()));
        }
        if (data instanceof HistoryData.CaseEnd end) {
            return said(type, end.reason());
        }
        throw new IllegalArgumentException("No words for a history entry of type " + type);
    }

    private Said said(String type, String why, Object... arguments) {
        return new Said(messages.getMessage("history.said." + type, arguments, LocaleContextHolder.getLocale()),
                why == null || why.isBlank() ? null : why);
    }

    private String interpreter(FamilyLanguage language) {
        return language.interpreterNeeded() ? word("history.interpreter") : "";
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }


    private static String joined(String first, String second) {
        return second == null || second.isBlank() ? first : String.join(": ", List.of(first, second));
    }
}
