package fi.perhekeskus.caseview;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * On what basis a professional may see a case now, and how much of it.
 *
 * @param visibility what {@link CaseViewQuery#view} shows them: {@link Visibility#ALL} for the key
 *                   worker and a supervisor, the shared needs for a member; {@code null} for NONE,
 *                   who must be told the case does not exist
 */
public record CaseAccess(Kind kind, Visibility visibility) {

    public enum Kind {
        /** The case's current key worker. */
        KEY_WORKER,
        /**
         * A current network member. Their visibility may name no need at all, when consent covers
         * none of their needs any more but the membership has not ended yet: they are shown that
         * nothing is shared with them, never stale data.
         */
        MEMBER,
        /** A supervisor of the case's unit; read-only. */
        SUPERVISOR,
        /** Anyone else, and anyone asking about a case that does not exist. */
        NONE
    }

    static final CaseAccess NONE = new CaseAccess(Kind.NONE, null);
    static final CaseAccess KEY_WORKER = new CaseAccess(Kind.KEY_WORKER, Visibility.ALL);
    static final CaseAccess SUPERVISOR = new CaseAccess(Kind.SUPERVISOR, Visibility.ALL);

    public CaseAccess {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.NONE) != (visibility == null)
                || (kind == Kind.MEMBER) != (visibility instanceof Visibility.Needs)) {
            throw new IllegalArgumentException(kind + " does not go with " + visibility);
        }
    }

    static CaseAccess member(Visibility.Needs shared) {
        return new CaseAccess(Kind.MEMBER, shared);
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
