package fi.perhekeskus.caseview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A professional's work across cases, with what a list row names each case by.
 *
 * @param families by case: the family as the reader may see it, and its key worker
 * @param shown    every case an item shows, with the consents a member's view of it rests on (none
 *                 for a key worker's or a supervisor's): the access log's rows
 */
public record Work(List<WorkItem> items, Map<UUID, Family> families, Map<UUID, Set<UUID>> shown) {

    public Work {
        items = List.copyOf(items);
        families = Map.copyOf(families);
        shown = Map.copyOf(shown);
    }

    /** This work and another's of other cases, as one day: a key worker's own cases and those they are a member of. */
    public Work and(Work other) {
        var allFamilies = new HashMap<>(families);
        allFamilies.putAll(other.families);
        var allShown = new HashMap<>(shown);
        allShown.putAll(other.shown);
        return new Work(Stream.concat(items.stream(), other.items.stream()).toList(), allFamilies, allShown);
    }

    /** @param members the names of the family members the reader may see, in the family's order */
    public record Family(List<String> members, String keyWorker) {

        public Family {
            members = List.copyOf(members);
        }
    }
}
