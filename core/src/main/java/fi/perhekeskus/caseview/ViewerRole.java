package fi.perhekeskus.caseview;

/** The role a professional signed in with; only a supervisor gets anything from it by itself. */
public enum ViewerRole {
    KEY_WORKER,
    SPECIALIST,
    SUPERVISOR
}
