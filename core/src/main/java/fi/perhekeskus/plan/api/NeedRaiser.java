package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

/** Who brought a need up: a named family member, or the case's key worker. */
public record NeedRaiser(Kind kind, UUID memberId) {

    public enum Kind {
        FAMILY_MEMBER,
        KEY_WORKER
    }

    public NeedRaiser {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.FAMILY_MEMBER) != (memberId != null)) {
            throw new IllegalArgumentException("memberId is required for FAMILY_MEMBER and absent for KEY_WORKER");
        }
    }

    public static NeedRaiser familyMember(UUID memberId) {
        return new NeedRaiser(Kind.FAMILY_MEMBER, memberId);
    }

    public static NeedRaiser keyWorker() {
        return new NeedRaiser(Kind.KEY_WORKER, null);
    }
}
