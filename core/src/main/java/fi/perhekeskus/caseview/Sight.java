package fi.perhekeskus.caseview;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;

/**
 * How much of a case a professional sees, standing where they do.
 *
 * @param visibility what {@link CaseViewQuery#view} shows them: {@link Visibility#ALL} for the key
 *                   worker and a supervisor; for a member the needs consent covers for them, which
 *                   may be none while the membership has not ended yet (they are shown that nothing
 *                   is shared, never stale data); {@code null} for anyone else, who must be told the
 *                   case does not exist
 */
public record Sight(Basis basis, Visibility visibility) {

    static final Sight NONE = new Sight(Basis.NONE, null);
    static final Sight KEY_WORKER = new Sight(Basis.KEY_WORKER, Visibility.ALL);
    static final Sight SUPERVISION = new Sight(Basis.SUPERVISION, Visibility.ALL);

    public Sight {
        Objects.requireNonNull(basis, "basis");
        if ((basis == Basis.NONE) != (visibility == null)
                || (basis == Basis.MEMBERSHIP) != (visibility instanceof Visibility.Needs)) {
            throw new IllegalArgumentException(basis + " does not go with " + visibility);
        }
    }

    static Sight member(Visibility.Needs shared) {
        return new Sight(Basis.MEMBERSHIP, shared);
    }

    /** The needs a member may see now; empty for everyone else, who see all or nothing. */
    public Set<UUID> needIds() {
        return visibility instanceof Visibility.Needs shared ? shared.needIds() : Set.of();
    }

    /** The consents a member's access rests on now; empty for everyone else. */
    public Set<UUID> consentIds() {
        return visibility instanceof Visibility.Needs shared ? shared.consentIds() : Set.of();
    }
}
