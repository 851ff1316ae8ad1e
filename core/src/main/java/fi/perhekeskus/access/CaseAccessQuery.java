package fi.perhekeskus.access;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * On what basis, if any, a professional may touch a case. Read in the caller's transaction, from
 * data the commands keep current, so a decision never lags behind the plan.
 */
@Component
public class CaseAccessQuery {

    private final EntityManager entityManager;

    CaseAccessQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@link Basis#NONE} when the case does not exist or the professional has no business with it. */
    public Basis basis(UUID caseId, Caller caller) {
        var access = entityManager.find(CaseAccess.class, caseId);
        if (access == null) {
            return Basis.NONE;
        }
        boolean member = !access.keyWorkerId().equals(caller.professionalId())
                && entityManager.find(CaseMember.class, new CaseMember.Key(caseId, caller.professionalId())) != null;
        return Basis.of(caller, access.keyWorkerId(), access.unitId(), member);
    }

    /** The case of an invitation still waiting for this specialist; empty for anyone else. */
    public Optional<UUID> caseOfPendingInvitation(UUID invitationId, UUID specialistId) {
        return Optional.ofNullable(entityManager.find(PendingInvitation.class, invitationId))
                .filter(invitation -> invitation.specialistId().equals(specialistId))
                .map(PendingInvitation::caseId);
    }

    /**
     * The case of an invitation still waiting for an answer, whoever it is for: the case a refused
     * attempt to answer it is logged against. Never shown to the caller.
     */
    public Optional<UUID> caseOfPendingInvitation(UUID invitationId) {
        return Optional.ofNullable(entityManager.find(PendingInvitation.class, invitationId))
                .map(PendingInvitation::caseId);
    }
}
