package fi.perhekeskus.audit.history;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of a case as its history shows it.
 *
 * @param sequence the event's place in the case: the plan's version it made
 * @param type     the event's name, such as {@code ConsentWithdrawn}; it says which shape {@code data} has
 * @param summary  what happened, in the reader's language
 * @param data     what the event recorded, in the history's own shape for its type
 */
public record HistoryEntry(long sequence, Instant at, Actor actor, String type, String summary, HistoryData data) {

    /**
     * Who did it, as the event's metadata records it.
     *
     * @param name the directory's name for them now; null for the system, which records expiries
     * @param role the role they acted in at the time
     */
    public record Actor(UUID id, String name, String role) {
    }
}
