package fi.perhekeskus.accesslog;

import fi.perhekeskus.access.Basis;

/**
 * Why the professional could touch the case, as the log keeps it. A value of its own, not
 * {@link Basis}, because stored rows must stay readable however access rules evolve, and because a
 * refusal has none.
 */
public enum AccessBasis {
    KEY_WORKER,
    MEMBERSHIP,
    SUPERVISION,
    INVITATION,
    /** The professional had no business with the case: only ever with a refusal. */
    NONE;

    public static AccessBasis of(Basis basis) {
        return valueOf(basis.name());
    }
}
