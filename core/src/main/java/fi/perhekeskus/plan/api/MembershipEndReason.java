package fi.perhekeskus.plan.api;

/** Why a network membership ended other than by the member leaving. */
public enum MembershipEndReason {
    /** The key worker ended it. */
    ENDED_BY_KEY_WORKER,
    /** A withdrawal, expiry or refusal left no open need in the member's scope covered by consent. */
    NO_CONSENTED_NEED,
    /** Every need in the member's scope has been closed. */
    NEED_CLOSED,
    /** The member became the case's key worker, who sees the whole plan anyway. */
    BECAME_KEY_WORKER,
    /** The case was closed. */
    CASE_CLOSED
}
