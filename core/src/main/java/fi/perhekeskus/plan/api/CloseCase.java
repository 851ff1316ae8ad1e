package fi.perhekeskus.plan.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Close the case; the plan becomes read-only until it is reopened.
 *
 * @param needOutcomes      every open need's outcome
 * @param actionResolutions every open support action's resolution
 * @param summaryForFamily  the closing summary, written for the family
 * @param referredTo        where the family was referred, if anywhere
 */
@Revision("2")
public record CloseCase(
        @TargetAggregateIdentifier UUID caseId,
        String reason,
        List<NeedClosure> needOutcomes,
        List<ActionClosure> actionResolutions,
        String summaryForFamily,
        String referredTo) {

    public CloseCase {
        Objects.requireNonNull(caseId, "caseId");
        needOutcomes = needOutcomes == null ? List.of() : List.copyOf(needOutcomes);
        actionResolutions = actionResolutions == null ? List.of() : List.copyOf(actionResolutions);
    }
}
