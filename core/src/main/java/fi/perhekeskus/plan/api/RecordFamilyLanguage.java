package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Record the family's language anew: the family's own choice, or an interpreter needed or no longer needed. */
@Revision("1")
public record RecordFamilyLanguage(@TargetAggregateIdentifier UUID caseId, FamilyLanguage language) {

    public RecordFamilyLanguage {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(language, "language");
    }
}
