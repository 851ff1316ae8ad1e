package fi.perhekeskus.audit.versions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import fi.perhekeskus.caseview.CaseAccess;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.caseview.DetachedCaseView;
import fi.perhekeskus.caseview.DetachedCaseViews;
import fi.perhekeskus.caseview.Viewer;
import fi.perhekeskus.caseview.ViewerRole;
import fi.perhekeskus.caseview.Visibility;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan as it stood at a moment or a version, and what changed between two versions. The plan as it
 * stands now is the live case view. An earlier state is built in memory by the case view's own
 * handlers from the case's events up to then, and read by the case view's own query
 * ({@link DetachedCaseViews}): the past is read exactly as the present is, and looking at it writes
 * nothing and locks nothing. The live view and the events are read in one repeatable-read
 * transaction, the caller's if it has one, so that they agree on what "now" is.
 */
@Component
public class PastPlans {

    private final CaseEvents events;
    private final DetachedCaseViews detached;
    private final CaseViewQuery live;

    PastPlans(CaseEvents events, DetachedCaseViews detached, CaseViewQuery live) {
        this.events = events;
        this.detached = detached;
        this.live = live;
    }

    /** The case at an instant, with who could see what then; empty if it was not opened by then. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<PastPlan> at(UUID caseId, Instant moment) {
        return live.standing(caseId).flatMap(now -> {
            List<DomainEventMessage<?>> all = events.upTo(caseId, now.version());
            if (!all.get(all.size() - 1).getTimestamp().isAfter(moment)) {
                return Optional.of(past(moment, current(caseId), viewer -> live.decide(caseId, viewer, moment)));
            }
            DetachedCaseView then = new Replay(detached.of(caseId), all)
                    .applyWhile(event -> !event.getTimestamp().isAfter(moment));
            return then.view(Visibility.ALL).map(plan -> past(moment, plan, viewer -> then.decide(viewer, moment)));
        });
    }

    /** What changed from one version to another, in either order; empty if either does not exist. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<PlanDiff> diff(UUID caseId, long from, long to) {
        long first = Math.min(from, to);
        long last = Math.max(from, to);
        return live.standing(caseId).filter(now -> first >= 0 && last <= now.version()).map(now -> {
            var replay = new Replay(detached.of(caseId), events.upTo(caseId, last));
            CaseView earlier = first == now.version() ? current(caseId) : replay.planAt(first);
            CaseView later = last == now.version() ? current(caseId) : replay.planAt(last);
            return from <= to ? PlanDiff.between(from, earlier, to, later) : PlanDiff.between(from, later, to, earlier);
        });
    }

    private CaseView current(UUID caseId) {
        return live.view(caseId, Visibility.ALL).orElseThrow();
    }

    private static PastPlan past(Instant moment, CaseView plan, Function<Viewer, CaseAccess> access) {
        List<PastPlan.Right> rights = plan.network().members().stream().map(member -> {
            CaseAccess then = access.apply(new Viewer(member.professionalId(), ViewerRole.SPECIALIST,
                    member.unitId()));
            return new PastPlan.Right(member.professionalId(), member.displayName(), then.needIds(),
                    then.consentIds());
        }).toList();
        return new PastPlan(moment, plan.version(), plan, rights);
    }

    /** Some of a case's events, oldest first, applied to a detached case view as far as asked. */
    private static final class Replay {

        private final DetachedCaseView view;
        private final List<DomainEventMessage<?>> events;
        private int applied;

        Replay(DetachedCaseView view, List<DomainEventMessage<?>> events) {
            this.view = view;
            this.events = events;
        }

        /** The view after every further event that satisfies the condition, up to the first that does not. */
        DetachedCaseView applyWhile(Predicate<DomainEventMessage<?>> upTo) {
            while (applied < events.size() && upTo.test(events.get(applied))) {
                view.apply(events.get(applied++));
            }
            return view;
        }

        /** The whole plan at a version the case has. */
        CaseView planAt(long version) {
            return applyWhile(event -> event.getSequenceNumber() <= version).view(Visibility.ALL).orElseThrow();
        }
    }
}
