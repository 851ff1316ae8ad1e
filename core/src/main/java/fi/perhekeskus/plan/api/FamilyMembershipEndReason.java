package fi.perhekeskus.plan.api;

/** Why a member is no longer part of the family whose plan it is. */
public enum FamilyMembershipEndReason {
    /** Moved to live elsewhere: a young person moving out, a parent after a separation. */
    MOVED_OUT,
    /** A child turned 18. */
    CAME_OF_AGE,
    /** A guardian's custody ended, by a court or an agreement. */
    CUSTODY_ENDED,
    DECEASED,
    /** Anything else, said in the note. */
    OTHER
}
