package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

/**
 * How a review followed up one need and its goal.
 *
 * @param familyView       progress as the family sees it, in their words
 * @param professionalView progress as the professional sees it
 * @param childView        the child's view of it, when a child was heard
 * @param outcome          only with CLOSE: the need closes with it
 * @param note             with CHANGE, what changes
 */
public record NeedFollowUp(
        UUID needId,
        String familyView,
        String professionalView,
        String childView,
        FollowUpDecision decision,
        NeedOutcome outcome,
        String note) {

    public NeedFollowUp {
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(decision, "decision");
    }
}
