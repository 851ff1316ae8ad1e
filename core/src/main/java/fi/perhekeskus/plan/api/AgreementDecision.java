package fi.perhekeskus.plan.api;

/** A family member's answer to a need as worded. */
public enum AgreementDecision {
    AGREED,
    DISAGREED
}
