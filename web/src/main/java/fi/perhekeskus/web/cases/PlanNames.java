package fi.perhekeskus.web.cases;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.perhekeskus.caseview.CaseView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names a page shows for the ids in a plan: family members as the plan names them,
 * professionals and units as the directory names them now.
 */
@Component
public class PlanNames {

    /** Long enough to tell a family's needs apart, short enough for a list row or a heading. */
    private static final int SHORT = 80;

    private final Directory directory;
    private final MessageSource messageSource;

    PlanNames(Directory directory, MessageSource messageSource) {
        this.directory = directory;
        this.messageSource = messageSource;
    }

    /**
     * The names a page shows. A specialist's view holds only the family members its needs concern, so
     * someone else (the mother who raised the child's need) is "a family member" to them, never a
     * blank or an id.
     */
    public record Shown(Map<UUID, String> known, String someoneElse) {

        public String get(UUID id) {
            return id == null ? "" : known.getOrDefault(id, someoneElse);
        }
    }

    public Shown forPage(CaseView plan) {
        return new Shown(of(plan), messageSource.getMessage("plan.someoneElse", null, LocaleContextHolder.getLocale()));
    }

    public Map<UUID, String> of(CaseView plan) {
        var ids = new HashSet<UUID>();
        plan.network().invitations().forEach(invitation -> ids.add(invitation.specialistId()));
        plan.consents().forEach(consent -> ids.add(consent.recipient().id()));
        plan.needs().forEach(need -> need.actions().forEach(action -> ids.add(action.responsible().id())));
        Map<UUID, String> names = new HashMap<>(directory.names(ids));
        plan.family().members().forEach(member -> names.put(member.id(), member.displayName()));
        plan.network().members().forEach(member -> names.put(member.professionalId(), member.displayName()));
        if (plan.keyWorker() != null) {
            names.put(plan.keyWorker().id(), plan.keyWorker().displayName());
        }
        return names;
    }

    /**
     * The family as pages name it: its members' names, in the order the family was recorded; those
     * who left are named where they are part of what is shown, not in the family's name.
     */
    public static String family(CaseView plan) {
        return family(plan.family().members().stream().filter(CaseView.Member::current)
                .map(CaseView.Member::displayName).toList());
    }

    public static String family(List<String> names) {
        return String.join(", ", names);
    }

    /** The beginning of a text in the family's words, for a list row or a heading; the whole text is on its page. */
    public static String shortly(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= SHORT) {
            return text;
        }
        String start = text.substring(0, text.offsetByCodePoints(0, SHORT));
        int lastSpace = start.lastIndexOf(' ');
        return (lastSpace > SHORT / 2 ? start.substring(0, lastSpace) : start).strip() + "…";
    }
}
