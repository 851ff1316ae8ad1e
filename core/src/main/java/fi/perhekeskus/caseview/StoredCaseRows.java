package fi.perhekeskus.caseview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * The live rows of one case, each table read at most once with one query by the case's key, however
 * many needs the case has: deciding what is shared and building the view from it read the same rows.
 */
final class StoredCaseRows implements CaseRows {

    private final EntityManager entityManager;
    private final UUID caseId;
    private final Map<Class<?>, List<?>> loaded = new HashMap<>();

    StoredCaseRows(EntityManager entityManager, UUID caseId) {
        this.entityManager = entityManager;
        this.caseId = caseId;
    }

    @Override
    public Optional<CaseRow> plan() {
        return Optional.ofNullable(entityManager.find(CaseRow.class, caseId));
    }

    @Override
    public Optional<NetworkMemberRow> member(UUID professionalId) {
        return Optional.ofNullable(entityManager.find(NetworkMemberRow.class, new CaseItem.Key(caseId, professionalId)));
    }

    @Override
    public <T extends CaseItem> List<T> of(Class<T> type) {
        return read(type, "select r from " + type.getSimpleName() + " r where r.caseId = :caseId order by r.ordinal");
    }

    @Override
    public List<AgreementRow> answers() {
        return read(AgreementRow.class, "select a from AgreementRow a where a.caseId = :caseId order by a.sequence");
    }

    @Override
    public List<UUID> laterCaseIds() {
        return entityManager.createQuery("select c.caseId from CaseRow c where c.earlierCaseId = :caseId "
                + "order by c.openedAt", UUID.class).setParameter("caseId", caseId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> read(Class<T> type, String query) {
        return (List<T>) loaded.computeIfAbsent(type, ignored -> entityManager.createQuery(query, type)
                .setParameter("caseId", caseId)
                .getResultList());
    }
}
