package fi.perhekeskus.access;

import java.util.UUID;

import fi.perhekeskus.directory.ProfessionalRole;

/**
 * Where a professional stands in a case: the one relation that decides what they may do with it
 * ({@link CaseAction}) and that the access log keeps with every access. The names are stored in
 * the append-only access log, so they never change.
 */
public enum Basis {
    /** The case's current key worker. */
    KEY_WORKER,
    /** A current member of the case's network. */
    MEMBERSHIP,
    /** A supervisor of the case's unit. */
    SUPERVISION,
    /** A specialist answering an invitation addressed to them, before they are a member. */
    INVITATION,
    /** No business with the case; also anyone asking about a case that does not exist. */
    NONE;

    /**
     * The one decision of where a professional stands, from the facts of a case as the live access
     * data or a past state of the case view holds them.
     *
     * @param member whether the professional is a member of the case's network
     */
    public static Basis of(Caller caller, UUID keyWorkerId, UUID unitId, boolean member) {
        if (keyWorkerId.equals(caller.professionalId())) {
            return KEY_WORKER;
        }
        if (member) {
            return MEMBERSHIP;
        }
        if (caller.role() == ProfessionalRole.SUPERVISOR && unitId.equals(caller.unitId())) {
            return SUPERVISION;
        }
        return NONE;
    }
}
