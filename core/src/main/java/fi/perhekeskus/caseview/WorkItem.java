package fi.perhekeskus.caseview;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing to do on a case today or soon.
 *
 * @param itemId the action, need, invitation, review or consent
 * @param needId the need an action or a waiting need is about; null for the others
 * @param text   in the family's words for an action or a need, the consent's giver for a consent; null otherwise
 * @param date   when it is due, the answer is awaited by, the review is, or the consent's last valid day
 * @param whom   the specialist invited, or a consent's recipient; null otherwise
 */
public record WorkItem(UUID caseId, Kind kind, UUID itemId, UUID needId, String text, LocalDate date, String whom) {

    public WorkItem {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
    }

    /** The same item, naming the professional or unit it waits for or ends for. */
    WorkItem naming(String name) {
        return new WorkItem(caseId, kind, itemId, needId, text, date, name);
    }

    /** In the order of urgency a day's list shows them in. */
    public enum Kind {
        ACTION_OVERDUE,
        ACTION_DUE,
        NEED_AWAITING_ANSWER,
        INVITATION_WAITING,
        REVIEW_COMING,
        CONSENT_ENDING
    }
}
