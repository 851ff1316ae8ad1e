package fi.perhekeskus.directory;

/** What a professional does in the system; it decides which of the views they get. */
public enum ProfessionalRole {
    KEY_WORKER,
    SPECIALIST,
    SUPERVISOR
}
