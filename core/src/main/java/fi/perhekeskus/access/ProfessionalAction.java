package fi.perhekeskus.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import fi.perhekeskus.directory.ProfessionalRole;

/**
 * What a professional may do by their role alone, before or beyond any one case: the other half of
 * the table of {@link CaseAction}, read by the same gate and pages.
 */
public enum ProfessionalAction {

    /** For themself or for another key worker. */
    OPEN_CASE(ProfessionalRole.KEY_WORKER),
    /** A key worker may be invited into another key worker's case as a specialist. */
    ANSWER_INVITATIONS(ProfessionalRole.SPECIALIST, ProfessionalRole.KEY_WORKER),
    /** Their own unit's log; a case's log only as the supervisor of its unit ({@link CaseAction#REVIEW_ACCESS_LOG}). */
    REVIEW_ACCESS_LOG(ProfessionalRole.SUPERVISOR),
    READ_DIRECTORY_REVISIONS(ProfessionalRole.SUPERVISOR);

    private final Set<ProfessionalRole> roles;

    ProfessionalAction(ProfessionalRole... roles) {
        this.roles = EnumSet.copyOf(Arrays.asList(roles));
    }

    public boolean allows(ProfessionalRole role) {
        return roles.contains(role);
    }

    /** Every action open to a role: what the pages' navigation offers. */
    public static Set<ProfessionalAction> offeredTo(ProfessionalRole role) {
        var offered = EnumSet.noneOf(ProfessionalAction.class);
        for (ProfessionalAction action : values()) {
            if (action.allows(role)) {
                offered.add(action);
            }
        }
        return offered;
    }
}
