package fi.perhekeskus.plan.api;

/** How a family member's answer reached the key worker. */
public enum AgreementChannel {
    MEETING,
    PHONE,
    WRITTEN,
    DIGITAL
}
