package fi.perhekeskus.web.directory;

import java.util.UUID;

import fi.perhekeskus.directory.ProfessionalRole;

/** A directory entry as the API shows it. */
public record ProfessionalResponse(UUID id, String username, String displayName, ProfessionalRole role,
                                   UUID unitId, String profession, boolean active) {
}
