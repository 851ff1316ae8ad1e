package fi.perhekeskus.plan.api;

/** Why a pending invitation ended by itself. */
public enum InvitationLapseReason {
    /** Every need it was for has been closed. */
    NEED_CLOSED,
    /** Consent no longer covers one of its open needs for the invitee. */
    CONSENT_ENDED,
    /** The invitee became the case's key worker. */
    INVITEE_BECAME_KEY_WORKER,
    /** The case was closed. */
    CASE_CLOSED
}
