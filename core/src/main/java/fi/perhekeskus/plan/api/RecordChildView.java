package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Record what a child said, about one need or about the plan as a whole.
 *
 * @param needId                absent when the view is about the plan as a whole
 * @param wordsShownToGuardians whether the child agreed that their own words are shown to the guardians
 */
@Revision("1")
public record RecordChildView(
        @TargetAggregateIdentifier UUID caseId,
        UUID viewId,
        UUID childId,
        UUID needId,
        String view,
        HowHeard howHeard,
        boolean wordsShownToGuardians) {

    public RecordChildView {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(viewId, "viewId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(howHeard, "howHeard");
    }
}
