package fi.perhekeskus.audit.versions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import fi.perhekeskus.access.Caller;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.caseview.DetachedCaseView;
import fi.perhekeskus.caseview.DetachedCaseViews;
import fi.perhekeskus.caseview.Sight;
import fi.perhekeskus.caseview.Visibility;
import fi.perhekeskus.directory.ProfessionalRole;
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

    private final PastStates states;
    private final CaseViewQuery live;

    PastPlans(PastStates states, CaseViewQuery live) {
        this.states = states;
        this.live = live;
    }

    /** The case at an instant, with who could see what then; empty if it was not opened by then. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<PastPlan> at(UUID caseId, Instant moment) {
        return live.standing(caseId).flatMap(now -> {
            long version = versionAt(states.events(caseId, now.version()), moment);
            return version < 0 ? Optional.empty() : Optional.of(pastAt(caseId, version, now.version(), moment));
        });
    }

    /**
     * The case as it stood after one of its versions, with who could see what at that version's
     * moment; empty if there is no such version.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<PastPlan> atVersion(UUID caseId, long version) {
        return live.standing(caseId).filter(now -> version >= 0 && version <= now.version()).map(now -> pastAt(caseId,
                version, now.version(), states.events(caseId, now.version()).get(Math.toIntExact(version)).getTimestamp()));
    }

    /** The plan at a version, and the rights of that moment: the live view itself if it is the current version. */
    private PastPlan pastAt(UUID caseId, long version, long current, Instant moment) {
        if (version == current) {
            return past(moment, current(caseId), viewer -> live.decide(caseId, viewer, moment));
        }
        DetachedCaseView then = states.viewAt(caseId, version);
        return past(moment, whole(then), viewer -> then.decide(viewer, moment));
    }

    /** What changed from one version to another, in either order; empty if either does not exist. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<PlanDiff> diff(UUID caseId, long from, long to) {
        return live.standing(caseId)
                .filter(now -> Math.min(from, to) >= 0 && Math.max(from, to) <= now.version())
                .map(now -> PlanDiff.between(from, planAt(caseId, from, now.version()), to,
                        planAt(caseId, to, now.version())));
    }

    /** The version the case had at the moment: its last event by then; -1 before its first. */
    private static long versionAt(List<DomainEventMessage<?>> events, Instant moment) {
        long version = -1;
        for (DomainEventMessage<?> event : events) {
            if (event.getTimestamp().isAfter(moment)) {
                break;
            }
            version = event.getSequenceNumber();
        }
        return version;
    }

    private CaseView planAt(UUID caseId, long version, long now) {
        return version == now ? current(caseId) : whole(states.viewAt(caseId, version));
    }

    private CaseView current(UUID caseId) {
        return live.view(caseId, Visibility.ALL).orElseThrow();
    }

    private static CaseView whole(DetachedCaseView view) {
        return view.view(Visibility.ALL).orElseThrow();
    }

    private static PastPlan past(Instant moment, CaseView plan, Function<Caller, Sight> access) {
        List<PastPlan.Right> rights = plan.network().members().stream().map(member -> {
            Sight then = access.apply(new Caller(member.professionalId(), ProfessionalRole.SPECIALIST,
                    member.unitId()));
            return new PastPlan.Right(member.professionalId(), member.displayName(), then.needIds(),
                    then.consentIds());
        }).toList();
        return new PastPlan(moment, plan.version(), plan, rights);
    }
}
