package fi.perhekeskus.audit.versions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.perhekeskus.audit.history.HistoryEntry;
import fi.perhekeskus.audit.history.PlanHistory;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.PastView;
import fi.perhekeskus.caseview.PastViews;
import fi.perhekeskus.plan.api.PlanApproved;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** A plan's versions, which of them the family approved, and what changed between two of them. */
@Component
public class PlanVersions {

    private final PlanHistory history;
    private final PastViews past;

    PlanVersions(PlanHistory history, PastViews past) {
        this.history = history;
        this.past = past;
    }

    /**
     * Every version, oldest first, the approved ones marked; empty if there is no such case.
     *
     * @param changedSinceApproval the plan has versions after the last approved one
     */
    public record Versions(List<PlanVersion> versions, boolean changedSinceApproval) {
    }

    public Optional<Versions> of(UUID caseId, Locale locale) {
        List<HistoryEntry> events = history.of(caseId, locale, Pageable.unpaged()).getContent();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        CaseView now = past.atVersion(caseId, events.get(events.size() - 1).sequence()).orElseThrow().plan();
        Map<UUID, String> family = new HashMap<>();
        now.family().members().forEach(member -> family.put(member.id(), member.displayName()));
        Map<Long, PlanVersion.Approval> approvals = new HashMap<>();
        for (HistoryEntry event : events) {
            if (event.data() instanceof PlanApproved approved) {
                approvals.put(approved.version(), new PlanVersion.Approval(approved.approvedBy(),
                        family.get(approved.approvedBy()), event.at()));
            }
        }
        List<PlanVersion> versions = events.stream()
                .map(event -> new PlanVersion(event.sequence(), event.at(), event.actor(), event.type(),
                        approvals.get(event.sequence())))
                .toList();
        return Optional.of(new Versions(versions, now.approval() != null && now.approval().changedSinceApproval()));
    }

    /** Empty if either version does not exist. */
    public Optional<PlanDiff> diff(UUID caseId, long from, long to) {
        Optional<CaseView> before = past.atVersion(caseId, from).filter(view -> view.version() == from)
                .map(PastView::plan);
        Optional<CaseView> after = past.atVersion(caseId, to).filter(view -> view.version() == to)
                .map(PastView::plan);
        return before.flatMap(was -> after.map(is -> PlanDiff.between(from, was, to, is)));
    }
}
