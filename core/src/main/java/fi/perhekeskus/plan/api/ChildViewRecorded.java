package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A child's view was recorded as a new item; views are never overwritten.
 *
 * @param needId absent when the view is about the plan as a whole
 */
@Revision("1")
public record ChildViewRecorded(
        UUID caseId,
        UUID viewId,
        UUID childId,
        UUID needId,
        String view,
        HowHeard howHeard) {

    public ChildViewRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(viewId, "viewId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(howHeard, "howHeard");
    }
}
