package fi.perhekeskus.caseview;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.perhekeskus.platform.axon.RebuildWindow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * In a rebuild of the case view, the rows of the cases a window of events belongs to, read in one
 * query: every event's handling starts from its case's row ({@link CaseViewProjection#applyOnce}),
 * which was otherwise read on its own for each case of each window. A case opened within the window
 * has no row yet; its opening writes it.
 */
@Component
class CaseRowsAhead implements RebuildWindow {

    private final EntityManager entityManager;

    CaseRowsAhead(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String group() {
        return CaseViewConfiguration.GROUP;
    }

    @Override
    public void readAhead(List<EventMessage<?>> events) {
        Set<UUID> cases = events.stream()
                .filter(DomainEventMessage.class::isInstance)
                .map(event -> UUID.fromString(((DomainEventMessage<?>) event).getAggregateIdentifier()))
                .collect(Collectors.toSet());
        if (!cases.isEmpty()) {
            entityManager.createQuery("select c from CaseRow c where c.caseId in :cases", CaseRow.class)
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter("cases", cases)
                    .getResultList();
        }
    }
}
