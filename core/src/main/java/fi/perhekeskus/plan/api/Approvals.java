package fi.perhekeskus.plan.api;

import java.time.LocalDate;

/**
 * The family's approval of its plan: who may give it, and whether the plan has changed since. The
 * plan decides by these, and every view and form shows them by the same functions.
 */
public final class Approvals {

    private Approvals() {
    }

    /** A guardian, or a child aged 12 or over on the day ({@link Ages#OWN_VOICE}); never another adult. */
    public static boolean mayApprove(MemberRole role, LocalDate birthDate, LocalDate onDay) {
        return switch (role) {
            case GUARDIAN -> true;
            case CHILD -> Ages.hasTurned(birthDate, Ages.OWN_VOICE, onDay);
            case OTHER_ADULT -> false;
        };
    }

    /**
     * Whether anything but another approval has happened since the family last approved the plan;
     * false while it was never approved, as there is nothing to differ from.
     *
     * @param version                 the plan's version: the sequence number of its last event
     * @param lastApprovalSequence    the sequence number of the last approval's own event, or null
     */
    public static boolean changedSinceApproval(long version, Long lastApprovalSequence) {
        return lastApprovalSequence != null && version > lastApprovalSequence;
    }
}
