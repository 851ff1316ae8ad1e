package fi.perhekeskus.directory;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The revisions Hibernate Envers kept of professionals' directory entries. */
@Component
public class DirectoryRevisions {

    private final EntityManager entityManager;

    DirectoryRevisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Oldest first; empty if no such professional was ever in the directory. */
    @Transactional(readOnly = true)
    public List<ProfessionalRevision> of(UUID professionalId) {
        List<?> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Professional.class, false, true)
                .add(AuditEntity.id().eq(professionalId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return revisions.stream().map(row -> {
            var columns = (Object[]) row;
            var entry = (Professional) columns[0];
            var revision = (DirectoryRevision) columns[1];
            return new ProfessionalRevision(revision.getId(), revision.getChangedAt(), revision.getChangedBy(),
                    ((RevisionType) columns[2]).name(), entry.getDisplayName(), entry.getRole(), entry.getUnitId(),
                    entry.isActive());
        }).toList();
    }
}
