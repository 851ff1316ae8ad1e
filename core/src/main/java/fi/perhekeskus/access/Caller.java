package fi.perhekeskus.access;

import java.util.Objects;
import java.util.UUID;

import fi.perhekeskus.directory.ProfessionalRole;

/** The signed-in professional asking to do something with a case, as the directory knows them now. */
public record Caller(UUID professionalId, ProfessionalRole role, UUID unitId) {

    public Caller {
        Objects.requireNonNull(professionalId, "professionalId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unitId, "unitId");
    }
}
