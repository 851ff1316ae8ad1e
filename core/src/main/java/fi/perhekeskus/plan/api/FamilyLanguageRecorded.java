package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The family's language was recorded anew; it stands until recorded again. */
@Revision("1")
public record FamilyLanguageRecorded(UUID caseId, FamilyLanguage language) {

    public FamilyLanguageRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(language, "language");
    }
}
