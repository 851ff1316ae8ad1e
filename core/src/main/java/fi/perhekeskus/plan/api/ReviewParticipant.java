package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Someone who took part in a review: a family member or a professional by id, or someone outside
 * the system by name and organisation (the child's teacher, an NGO worker).
 *
 * @param kind NAMED only for reviews recorded before participants were told apart (ReviewRecorded
 *             revision 1 kept a name as written); the plan takes no new participant so
 */
public record ReviewParticipant(Kind kind, UUID memberId, UUID professionalId, String name, String organisation) {

    public enum Kind {
        FAMILY_MEMBER,
        PROFESSIONAL,
        EXTERNAL,
        NAMED
    }

    public ReviewParticipant {
        Objects.requireNonNull(kind, "kind");
    }

    public static ReviewParticipant familyMember(UUID memberId) {
        return new ReviewParticipant(Kind.FAMILY_MEMBER, memberId, null, null, null);
    }

    public static ReviewParticipant professional(UUID professionalId) {
        return new ReviewParticipant(Kind.PROFESSIONAL, null, professionalId, null, null);
    }

    public static ReviewParticipant external(String name, String organisation) {
        return new ReviewParticipant(Kind.EXTERNAL, null, null, name, organisation);
    }
}
