package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** A network member left the case. */
@Revision("1")
public record NetworkMemberLeft(UUID caseId, UUID professionalId, String reason) {

    public NetworkMemberLeft {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(professionalId, "professionalId");
    }
}
