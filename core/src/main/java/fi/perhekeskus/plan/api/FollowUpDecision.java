package fi.perhekeskus.plan.api;

/** What a review decided about a need it followed up. */
public enum FollowUpDecision {
    CONTINUE,
    CHANGE,
    CLOSE
}
