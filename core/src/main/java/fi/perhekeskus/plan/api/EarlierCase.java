package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

/**
 * The family's earlier case that a new case follows on from, as the sender read it: one plan knows
 * nothing of another, so whether the earlier case is closed comes with the command, as a
 * specialist's unit does with an invitation.
 */
public record EarlierCase(UUID caseId, boolean closed) {

    public EarlierCase {
        Objects.requireNonNull(caseId, "caseId");
    }
}
