package fi.perhekeskus.access;

/** Why someone may touch a case; the access log records it with every access. */
public enum Basis {
    KEY_WORKER,
    MEMBERSHIP,
    SUPERVISION,
    /** A specialist answering an invitation addressed to them, before they are a member. */
    INVITATION
}
