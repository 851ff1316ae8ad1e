package fi.perhekeskus.plan.api;

import java.util.UUID;

/** An open need's outcome, given when the case closes. */
public record NeedClosure(UUID needId, NeedOutcome outcome, String note) {
}
