package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A child's view was recorded as a new item; views are never overwritten.
 *
 * @param needId                absent when the view is about the plan as a whole
 * @param wordsShownToGuardians whether the child's own words may be shown to the guardians in what is
 *                              printed for the family, as agreed with the child; revision 1 did not
 *                              record it, and such a view is read as not shown
 */
@Revision("2")
public record ChildViewRecorded(
        UUID caseId,
        UUID viewId,
        UUID childId,
        UUID needId,
        String view,
        HowHeard howHeard,
        boolean wordsShownToGuardians) {

    public ChildViewRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(viewId, "viewId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(howHeard, "howHeard");
    }
}
