package fi.perhekeskus.plan.api;

/** How a need ended when it was closed. */
public enum NeedOutcome {
    MET,
    PARTLY_MET,
    NOT_MET,
    NO_LONGER_RELEVANT
}
