package fi.perhekeskus.audit.versions;

import java.time.Instant;
import java.util.UUID;

import fi.perhekeskus.audit.history.HistoryEntry;

/**
 * One version of a plan: every event makes one.
 *
 * @param change   the event that made it
 * @param approval set when the family approved this version: who and when
 */
public record PlanVersion(long version, Instant at, HistoryEntry.Actor actor, String change, Approval approval) {

    /** @param approvedBy the family member who said "this is our plan" */
    public record Approval(UUID approvedBy, String approvedByName, Instant approvedAt) {
    }
}
