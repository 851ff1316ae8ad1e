package fi.perhekeskus.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * A professional's directory entry as one change left it.
 *
 * @param revision  the directory's revision number, shared by everything changed together
 * @param changedBy the username of who changed it, or {@link DirectoryEditor#SYSTEM}
 * @param change    {@code ADD}, {@code MOD} or {@code DEL}
 */
public record ProfessionalRevision(long revision, Instant changedAt, String changedBy, String change,
                                   String displayName, ProfessionalRole role, UUID unitId, boolean active) {
}
