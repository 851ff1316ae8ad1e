package fi.perhekeskus.plan.api;

/**
 * Where a need stands. Derived from the members' latest answers since the last revision: any
 * DISAGREED makes it DISAGREED, otherwise any AGREED makes it AGREED, otherwise it is PROPOSED.
 */
public enum NeedStatus {
    PROPOSED,
    AGREED,
    DISAGREED,
    CLOSED
}
