package fi.perhekeskus.plan;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.ConsentCoverage.Specialist;

/**
 * A specialist's place in the network.
 *
 * @param needIds every need they were admitted for; what they may see now is the part of it that is
 *                open and covered by consent
 */
record Membership(Specialist member, Set<UUID> needIds) {

    Membership {
        needIds = Set.copyOf(needIds);
    }

    Membership widenedBy(Set<UUID> moreNeedIds) {
        Set<UUID> all = new HashSet<>(needIds);
        all.addAll(moreNeedIds);
        return new Membership(member, all);
    }
}
