package fi.perhekeskus.caseview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * Read without flushing first: a query would flush, and check for changes, every row the
     * transaction holds, which in a rebuild is every row of up to a thousand events, and would cut
     * the batches their inserts are sent in. The answers this transaction wrote are kept by need
     * instead ({@link Answers}); any other answer is in the table already.
     */
    @Override
    public List<AgreementRow> answersTo(UUID caseId, UUID needId) {
        return List.copyOf(answers().to(new NeedKey(caseId, needId)));
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
        answers().to(new NeedKey(answer.caseId(), answer.needId())).add(answer);
        entityManager.persist(answer);
    }

    /**
     * Every answer to each need the transaction has asked about or answered, stored or not: a need
     * enters with its stored answers, before any of the transaction's own, and every answer the
     * transaction writes goes through {@link #addAnswer}. Once the transaction has cleared the view (a
     * rebuild), the table holds only answers it wrote, all of them here, and is not read again.
     * Forgotten when the transaction ends.
     */
    private final class Answers {

        private final Map<NeedKey, List<AgreementRow>> byNeed = new HashMap<>();
        private boolean onlyOwn;

        List<AgreementRow> to(NeedKey need) {
            return byNeed.computeIfAbsent(need, key -> onlyOwn ? new ArrayList<>() : stored(key));
        }

        void cleared() {
            byNeed.clear();
            onlyOwn = true;
        }
    }

    private List<AgreementRow> stored(NeedKey need) {
        return new ArrayList<>(entityManager.createQuery(
                        "select a from AgreementRow a where a.caseId = :caseId and a.needId = :needId", AgreementRow.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("caseId", need.caseId())
                .setParameter("needId", need.needId())
                .getResultList());
    }

    private Answers answers() {
        var answers = (Answers) TransactionSynchronizationManager.getResource(this);
        if (answers == null) {
            Answers fresh = new Answers();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(StoredRows.this);
                }
            });
            return fresh;
        }
        return answers;
    }

    private record NeedKey(UUID caseId, UUID needId) {
    }

    @Override
    public void remove(CaseItem item) {
        entityManager.remove(item);
    }

    /** The other processors' tables are theirs to reset. */
    @Override
    public void clear() {
        answers().cleared();
        TABLES.forEach(table -> entityManager.createQuery("delete from " + table.getSimpleName()).executeUpdate());
    }
}
