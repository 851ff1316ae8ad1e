package fi.perhekeskus.accesslog;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What a supervisor asks of the access log. Only {@code unitIds} is required; the rest narrow it.
 *
 * @param unitIds        the supervisor's units: rows about cases of these units, and rows of
 *                       professionals of these units (what their staff did, in any unit's cases)
 * @param caseId         one case only
 * @param professionalId one professional only
 * @param from           inclusive
 * @param to             exclusive
 */
public record AccessLogQuery(Set<UUID> unitIds, UUID caseId, UUID professionalId, Instant from, Instant to) {

    public AccessLogQuery {
        unitIds = Checks.ids(unitIds, "unitIds");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
