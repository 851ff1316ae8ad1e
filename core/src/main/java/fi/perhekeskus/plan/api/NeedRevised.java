package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A need was reworded; earlier answers no longer count. */
@Revision("1")
public record NeedRevised(UUID caseId, UUID needId, String description, String professionalNote) {

    public NeedRevised {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(description, "description");
    }
}
