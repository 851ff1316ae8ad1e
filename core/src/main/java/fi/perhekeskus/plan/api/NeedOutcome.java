package fi.perhekeskus.plan.api;

/** Why an agreed need was closed. */
public enum NeedOutcome {
    MET,
    NO_LONGER_RELEVANT
}
