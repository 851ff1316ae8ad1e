package fi.perhekeskus.caseview;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** The live case view's rows, in the tables of the transaction the handlers run in. */
@Component
class StoredRows implements CaseViewStore {

    private static final List<Class<?>> TABLES = List.of(CaseRow.class, FamilyMemberRow.class, NeedRow.class,
            AgreementRow.class, ChildViewRow.class, SupportActionRow.class, ConsentRow.class, NetworkMemberRow.class,
            InvitationRow.class, ReviewRow.class, ExternalParticipantRow.class, DisclosureRow.class);

    private final EntityManager entityManager;

    StoredRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public CaseRow plan(UUID caseId) {
        return entityManager.find(CaseRow.class, caseId);
    }

    @Override
    public <T extends CaseItem> T item(Class<T> type, UUID caseId, UUID id) {
        return entityManager.find(type, new CaseItem.Key(caseId, id));
    }

    @Override
    public List<AgreementRow> answersTo(UUID caseId, UUID needId) {
        return entityManager.createQuery("select a from AgreementRow a where a.caseId = :caseId and a.needId = :needId",
                        AgreementRow.class)
                .setParameter("caseId", caseId)
                .setParameter("needId", needId)
                .getResultList();
    }

    @Override
    public void addPlan(CaseRow plan) {
        entityManager.persist(plan);
    }

    @Override
    public void addItem(CaseItem item) {
        entityManager.persist(item);
    }

    @Override
    public void addAnswer(AgreementRow answer) {
        entityManager.persist(answer);
    }

    @Override
    public void remove(CaseItem item) {
        entityManager.remove(item);
    }

    /** The other processors' tables are theirs to reset. */
    @Override
    public void clear() {
        TABLES.forEach(table -> entityManager.createQuery("delete from " + table.getSimpleName()).executeUpdate());
    }
}
