package fi.perhekeskus.caseview;

import java.util.Objects;
import java.util.UUID;

/** The signed-in professional asking to see a case, as the directory knows them now. */
public record Viewer(UUID professionalId, ViewerRole role, UUID unitId) {

    public Viewer {
        Objects.requireNonNull(professionalId, "professionalId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unitId, "unitId");
    }
}
