package fi.perhekeskus.plan.api;

/** How the consent decision was given. */
public enum ConsentForm {
    VERBAL,
    WRITTEN,
    ELECTRONIC
}
