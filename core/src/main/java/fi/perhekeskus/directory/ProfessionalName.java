package fi.perhekeskus.directory;

import java.util.UUID;

/** How the directory names a professional now. */
public record ProfessionalName(UUID id, String displayName) {
}
