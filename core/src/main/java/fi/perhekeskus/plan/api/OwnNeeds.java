package fi.perhekeskus.plan.api;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An adult's own need: one that concerns that adult and no one else. Only that adult decides on
 * sharing it, with professionals and with the rest of the family; a need that also concerns a child
 * or another adult is not anyone's own. The plan decides with it and the views show by it.
 */
public final class OwnNeeds {

    private OwnNeeds() {
    }

    /** The adult whose own need this is; empty when it concerns a child or more than one member. */
    public static Optional<UUID> ownerOf(Set<UUID> concerns, Map<UUID, MemberRole> roles) {
        if (concerns.size() != 1) {
            return Optional.empty();
        }
        UUID only = concerns.iterator().next();
        MemberRole role = roles.get(only);
        return role == null || role == MemberRole.CHILD ? Optional.empty() : Optional.of(only);
    }

    /** Whether the member may not decide on the need because it is another adult's own. */
    public static boolean isAnothersOwn(Set<UUID> concerns, Map<UUID, MemberRole> roles, UUID memberId) {
        return ownerOf(concerns, roles).filter(owner -> !owner.equals(memberId)).isPresent();
    }
}
