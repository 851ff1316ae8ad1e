package fi.perhekeskus.audit.versions;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.caseview.CaseView;

/**
 * A case as it stood at a moment: the whole plan, and what each network member could see of it.
 *
 * @param asOf    the moment: consents are in force at it or not by their end dates, whatever their
 *                expiry events say
 * @param version the plan's version then: the sequence number of the last event up to that moment
 * @param plan    the case view as the key worker saw it then
 * @param rights  per network member then, the needs consent let them see
 */
public record PastPlan(Instant asOf, long version, CaseView plan, List<Right> rights) {

    public PastPlan {
        rights = List.copyOf(rights);
    }

    /** @param consentIds the consents those needs were shared on */
    public record Right(UUID professionalId, String displayName, Set<UUID> needIds, Set<UUID> consentIds) {

        public Right {
            needIds = Set.copyOf(needIds);
            consentIds = Set.copyOf(consentIds);
        }
    }
}
