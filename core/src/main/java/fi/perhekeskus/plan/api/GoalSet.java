package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A need's goal was set, or revised: the latest one is the need's goal. */
@Revision("1")
public record GoalSet(UUID caseId, UUID needId, String whatWillBeDifferent, String howWeWillNotice) {

    public GoalSet {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(whatWillBeDifferent, "whatWillBeDifferent");
        Objects.requireNonNull(howWeWillNotice, "howWeWillNotice");
    }
}
