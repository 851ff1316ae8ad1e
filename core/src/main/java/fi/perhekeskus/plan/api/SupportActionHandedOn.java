package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A support action was handed on to a named service outside the plan when the case closed. */
@Revision("1")
public record SupportActionHandedOn(UUID caseId, UUID actionId, String service, String note) {

    public SupportActionHandedOn {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(service, "service");
    }
}
