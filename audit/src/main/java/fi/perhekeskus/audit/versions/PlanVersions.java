package fi.perhekeskus.audit.versions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fi.perhekeskus.audit.history.Actors;
import fi.perhekeskus.audit.history.HistoryEntry;
import fi.perhekeskus.caseview.CaseStanding;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.plan.api.PlanApproved;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's versions and which of them the family approved. Every event makes a version; what each
 * one is, who made it and when is the event's type, time and metadata. Whether the plan has changed
 * since its last approval is the live view's to say.
 */
@Component
public class PlanVersions {

    private final PastStates states;
    private final Actors actors;
    private final CaseViewQuery live;

    PlanVersions(PastStates states, Actors actors, CaseViewQuery live) {
        this.states = states;
        this.actors = actors;
        this.live = live;
    }

    /**
     * Every version, oldest first, the approved ones marked; empty if there is no such case.
     *
     * @param changedSinceApproval the plan has versions after the last approved one
     */
    public record Versions(List<PlanVersion> versions, boolean changedSinceApproval) {

        public Versions {
            versions = List.copyOf(versions);
        }
    }

    /** Up to the version the live view has, so that the versions and the approval state agree. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<Versions> of(UUID caseId) {
        return live.standing(caseId).map(now -> {
            List<DomainEventMessage<?>> made = states.events(caseId, now.version());
            Map<Long, PlanVersion.Approval> approvals = approvals(made, now);
            List<HistoryEntry.Actor> byWhom = actors.of(made);
            List<PlanVersion> versions = IntStream.range(0, made.size()).mapToObj(index -> {
                DomainEventMessage<?> event = made.get(index);
                return new PlanVersion(event.getSequenceNumber(), event.getTimestamp(), byWhom.get(index),
                        event.getPayloadType().getSimpleName(), approvals.get(event.getSequenceNumber()));
            }).toList();
            return new Versions(versions, now.approval() != null && now.approval().changedSinceApproval());
        });
    }

    /** By the version approved; a version approved twice shows its latest approval. */
    private static Map<Long, PlanVersion.Approval> approvals(List<DomainEventMessage<?>> events,
                                                             CaseStanding now) {
        Map<UUID, String> family = now.family().members().stream()
                .collect(Collectors.toMap(CaseView.Member::id, CaseView.Member::displayName));
        return events.stream()
                .filter(event -> event.getPayloadType().equals(PlanApproved.class))
                .collect(Collectors.toMap(event -> ((PlanApproved) event.getPayload()).version(), event -> {
                    UUID approvedBy = ((PlanApproved) event.getPayload()).approvedBy();
                    return new PlanVersion.Approval(approvedBy, family.get(approvedBy), event.getTimestamp());
                }, (earlier, later) -> later));
    }
}
