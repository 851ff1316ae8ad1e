package fi.perhekeskus.plan.api;

/** How an open support action ends when the case closes. */
public enum ActionResolution {
    DONE,
    CANCELLED,
    HANDED_ON
}
