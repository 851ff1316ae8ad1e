package fi.perhekeskus.web.pages;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * How a status looks beside its word: settled well, refused, waiting for someone, or over. The word
 * and a symbol say it too, so nobody depends on the colour. Templates use it as {@code @looks}.
 */
@Component("looks")
public class StatusLooks {

    private static final Map<String, String> LOOKS = Map.ofEntries(
            Map.entry("NeedStatus.AGREED", "good"), Map.entry("NeedStatus.DISAGREED", "bad"),
            Map.entry("NeedStatus.PROPOSED", "waiting"), Map.entry("NeedStatus.CLOSED", "ended"),
            Map.entry("AgreementDecision.AGREED", "good"), Map.entry("AgreementDecision.DISAGREED", "bad"),
            Map.entry("ConsentDecision.GRANT", "good"), Map.entry("ConsentDecision.REFUSE", "bad"),
            Map.entry("Consent.Status.ACTIVE", "good"), Map.entry("Consent.Status.WITHDRAWN", "ended"),
            Map.entry("Consent.Status.EXPIRED", "ended"),
            Map.entry("SupportAction.Status.OPEN", "waiting"), Map.entry("SupportAction.Status.COMPLETED", "good"),
            Map.entry("SupportAction.Status.CANCELLED", "ended"),
            Map.entry("Invitation.Status.PENDING", "waiting"), Map.entry("Invitation.Status.ACCEPTED", "good"),
            Map.entry("Invitation.Status.DECLINED", "bad"), Map.entry("Invitation.Status.WITHDRAWN", "ended"),
            Map.entry("Invitation.Status.EXPIRED", "ended"), Map.entry("Invitation.Status.LAPSED", "ended"),
            Map.entry("CaseView.Status.OPEN", "good"), Map.entry("CaseView.Status.CLOSED", "ended"),
            Map.entry("CaseListRow.Status.OPEN", "good"), Map.entry("CaseListRow.Status.CLOSED", "ended"),
            Map.entry("AccessEntry.Outcome.ALLOWED", "good"), Map.entry("AccessEntry.Outcome.REFUSED", "bad"));

    /** The classes of a status label; a plain one for a status without a look of its own. */
    public String of(Enum<?> status) {
        return ("status " + tone(status)).strip();
    }

    /** Only the tone, for what a status colours: a need's card. */
    public String tone(Enum<?> status) {
        Class<?> type = status.getDeclaringClass();
        String outer = type.getEnclosingClass() == null ? "" : type.getEnclosingClass().getSimpleName() + ".";
        return LOOKS.getOrDefault(outer + type.getSimpleName() + "." + status.name(), "");
    }
}
