package fi.perhekeskus.caseview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.Caller;
import fi.perhekeskus.directory.DirectoryNames;
import fi.perhekeskus.plan.api.ConsentCoverage.Specialist;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a case and what they see, read from the case view that the plan's commands keep
 * current in their own transactions. Each method joins the caller's transaction if there is one; to
 * decide and then read a view from one snapshot, call both inside one repeatable-read transaction.
 */
@Component
@Transactional(readOnly = true)
public class CaseViewQuery {

    private final EntityManager entityManager;
    private final DirectoryNames directory;

    CaseViewQuery(EntityManager entityManager, DirectoryNames directory) {
        this.entityManager = entityManager;
        this.directory = directory;
    }

    /**
     * Where the caller stands in the case at {@code now}, as the one decision of {@link Basis#of}
     * makes it from the case's rows, and how much they see from there: as its key worker and as a
     * supervisor of its unit all of it, as a network member the needs consent covers for them now
     * (of those they were admitted for), or nothing. A key worker of other cases is a member like any
     * other here. The past is read so too ({@link DetachedCaseView}); now, who may do what is decided
     * from the access data the commands keep ({@code CaseAccessQuery}), and this says how much.
     */
    public Sight decide(UUID caseId, Caller caller, Instant now) {
        return decide(new StoredCaseRows(entityManager, caseId), caller, now);
    }

    /** As {@link #decide(UUID, Caller, Instant)}, from the given rows: live, or a past state's. */
    Sight decide(CaseRows rows, Caller caller, Instant now) {
        Optional<CaseRow> plan = rows.plan();
        if (plan.isEmpty()) {
            return Sight.NONE;
        }
        boolean member = rows.member(caller.professionalId()).isPresent();
        return sight(rows, Basis.of(caller, plan.get().keyWorkerId(), plan.get().unitId(), member),
                caller.professionalId(), now);
    }

    /**
     * How much of the case a professional sees at {@code now}, standing where {@code basis} says
     * (decided from the access data, as for any other action).
     */
    public Sight sight(UUID caseId, Basis basis, UUID professionalId, Instant now) {
        return sight(new StoredCaseRows(entityManager, caseId), basis, professionalId, now);
    }

    private static Sight sight(CaseRows rows, Basis basis, UUID professionalId, Instant now) {
        return switch (basis) {
            case KEY_WORKER -> Sight.KEY_WORKER;
            case SUPERVISION -> Sight.SUPERVISION;
            case MEMBERSHIP -> rows.member(professionalId)
                    .map(member -> Sight.member(Sharing.visibleTo(member.specialist(), rows,
                            need -> member.needIds().contains(need.id()), now)))
                    .orElse(Sight.NONE);
            case INVITATION, NONE -> Sight.NONE;
        };
    }

    /** The case as the visibility shows it; empty if there is no such case. */
    public Optional<CaseView> view(UUID caseId, Visibility visibility) {
        Objects.requireNonNull(visibility, "visibility");
        return view(new StoredCaseRows(entityManager, caseId), visibility);
    }

    /** Where the case stands now, read from its own row and its family's; empty if there is no such case. */
    public Optional<CaseStanding> standing(UUID caseId) {
        var rows = new StoredCaseRows(entityManager, caseId);
        return rows.plan().map(plan -> new CaseStanding(plan.version(),
                family(plan, rows), plan.approval()));
    }

    /**
     * Exactly what the specialist would see if they joined now: the member's view of a specialist
     * admitted for every open AGREED need, which is every need they could be invited for, so it shows
     * all that consent lets the key worker share with them. Empty if there is no such case.
     */
    public Optional<CaseView> preview(UUID caseId, UUID specialistId, UUID specialistUnitId, Instant now) {
        return explainedPreview(caseId, specialistId, specialistUnitId, now).map(Preview::shown);
    }

    /**
     * The same preview, with every open need's reason for being shared or not: whose consent is
     * missing, who refused, which grant's end date has passed, or that the family has not agreed to it.
     */
    public Optional<Preview> explainedPreview(UUID caseId, UUID specialistId, UUID specialistUnitId, Instant now) {
        var rows = new StoredCaseRows(entityManager, caseId);
        var specialist = new Specialist(specialistId, specialistUnitId);
        Visibility.Needs shown = Sharing.visibleTo(specialist, rows, need -> need.status() == NeedStatus.AGREED, now);
        List<String> family = rows.of(FamilyMemberRow.class).stream().filter(FamilyMemberRow::current)
                .map(FamilyMemberRow::displayName).toList();
        return view(rows, shown).map(view -> new Preview(view, family, Sharing.explain(shown, rows, now)));
    }

    /**
     * The invitations waiting for the specialist's answer at {@code now}, those to answer first
     * first. One whose respond-by date has passed is not shown, even before its expiry is recorded.
     * Each shows only the needs of the invitation that consent covers for the specialist now, decided
     * as for a member's view.
     */
    public Page<InvitationToAnswer> invitationsToAnswer(UUID specialistId, Instant now, Pageable page) {
        String pending = """
                from InvitationRow i where i.specialistId = :specialistId \
                and i.status = fi.perhekeskus.caseview.CaseView.Invitation.Status.PENDING and i.expiresAt > :now""";
        List<InvitationRow> invitations = entityManager
                .createQuery("select i " + pending + " order by i.respondBy, i.caseId, i.id", InvitationRow.class)
                .setParameter("specialistId", specialistId)
                .setParameter("now", now)
                .setFirstResult(Math.toIntExact(page.getOffset()))
                .setMaxResults(page.getPageSize())
                .getResultList();
        Long total = entityManager.createQuery("select count(i) " + pending, Long.class)
                .setParameter("specialistId", specialistId)
                .setParameter("now", now)
                .getSingleResult();
        List<InvitationToAnswer> shown = invitations.stream()
                .map(invitation -> toAnswer(invitation, specialistId, now))
                .toList();
        return new PageImpl<>(shown, page, total);
    }

    private InvitationToAnswer toAnswer(InvitationRow invitation, UUID specialistId, Instant now) {
        var rows = new StoredCaseRows(entityManager, invitation.caseId());
        var specialist = new Specialist(specialistId, invitation.specialistUnitId());
        Visibility.Needs shared = Sharing.visibleTo(specialist, rows,
                need -> invitation.needIds().contains(need.id()), now);
        UUID keyWorkerId = rows.plan().orElseThrow().keyWorkerId();
        List<NeedRow> needs = rows.of(NeedRow.class).stream()
                .filter(need -> shared.needIds().contains(need.id()))
                .toList();
        List<String> concerned = rows.of(FamilyMemberRow.class).stream()
                .filter(member -> needs.stream().anyMatch(need -> need.concernsMemberIds().contains(member.id())))
                .map(FamilyMemberRow::displayName)
                .toList();
        return new InvitationToAnswer(invitation.id(), invitation.caseId(),
                Names.of(directory, List.of(keyWorkerId)).keyWorker(keyWorkerId), concerned, invitation.message(),
                invitation.respondBy(), needs.stream()
                        .map(need -> new InvitationToAnswer.Need(need.id(), need.description()))
                        .toList(),
                shared.consentIds());
    }

    /**
     * The names of the members of every case's family of a unit (not of those who left it), in the
     * order the family was recorded: what the unit's supervisor tells and picks its cases by.
     */
    public Map<UUID, List<String>> familiesOfUnit(UUID unitId) {
        return families(entityManager.createQuery("""
                        select m.caseId, m.displayName from FamilyMemberRow m, CaseRow c \
                        where c.caseId = m.caseId and c.unitId = :unit and m.leftAt is null \
                        order by m.caseId, m.ordinal""", Object[].class)
                .setParameter("unit", unitId));
    }

    /**
     * The names of the members of the given cases' families (not of those who left them), for one who
     * sees each case whole (its key worker, a supervisor of its unit): what a list row tells a case by.
     */
    public Map<UUID, List<String>> familiesOf(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return families(entityManager.createQuery("""
                        select m.caseId, m.displayName from FamilyMemberRow m \
                        where m.caseId in :cases and m.leftAt is null order by m.caseId, m.ordinal""", Object[].class)
                .setParameter("cases", caseIds));
    }

    /**
     * The names of the children now in the given cases' families (joined, corrected, not those who
     * left), in the family's order: what the key worker's case list names a case by.
     */
    public Map<UUID, List<String>> childrenOf(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return families(entityManager.createQuery("""
                        select m.caseId, m.displayName from FamilyMemberRow m \
                        where m.caseId in :cases and m.role = :child and m.leftAt is null \
                        order by m.caseId, m.ordinal""", Object[].class)
                .setParameter("cases", caseIds)
                .setParameter("child", MemberRole.CHILD));
    }

    private static Map<UUID, List<String>> families(TypedQuery<Object[]> members) {
        var families = new LinkedHashMap<UUID, List<String>>();
        members.getResultList().forEach(row ->
                families.computeIfAbsent((UUID) row[0], caseId -> new ArrayList<>()).add((String) row[1]));
        return families;
    }

    /** As {@link #view(UUID, Visibility)}, from the given rows: live, or a past state's. */
    Optional<CaseView> view(CaseRows rows, Visibility visibility) {
        Optional<CaseView> whole = rows.plan().map(plan -> whole(plan, rows));
        return visibility instanceof Visibility.Needs shared
                ? whole.map(view -> Sharing.restrict(view, shared))
                : whole;
    }

    private CaseView whole(CaseRow plan, CaseRows rows) {
        List<NetworkMemberRow> members = rows.of(NetworkMemberRow.class);
        Names names = Names.of(directory, Stream.concat(Stream.of(plan.keyWorkerId()),
                members.stream().map(NetworkMemberRow::id)).toList());
        List<AgreementRow> answers = rows.answers();
        List<CaseView.ChildView> childViews = views(rows.of(ChildViewRow.class), ChildViewRow::toView);
        List<CaseView.SupportAction> actions = views(rows.of(SupportActionRow.class), SupportActionRow::toView);
        List<CaseView.Need> needs = rows.of(NeedRow.class).stream()
                .map(need -> need.toView(
                        views(need.counting(answers), AgreementRow::toView),
                        childViews.stream().filter(view -> need.id().equals(view.needId())).toList(),
                        actions.stream().filter(action -> need.id().equals(action.needId())).toList()))
                .toList();
        return new CaseView(plan.caseId(), plan.version(), plan.status(), plan.unitId(),
                names.keyWorker(plan.keyWorkerId()),
                family(plan, rows),
                needs,
                childViews.stream().filter(view -> view.needId() == null).toList(),
                views(rows.of(ConsentRow.class), ConsentRow::toView),
                new CaseView.Network(views(members, member -> member.toView(names)),
                        views(rows.of(InvitationRow.class), InvitationRow::toView)),
                views(rows.of(ReviewRow.class), ReviewRow::toView),
                plan.approval());
    }

    private static CaseView.Family family(CaseRow plan, CaseRows rows) {
        return new CaseView.Family(views(rows.of(FamilyMemberRow.class), FamilyMemberRow::toView), plan.language());
    }

    private static <R, V> List<V> views(List<R> rows, Function<R, V> toView) {
        return rows.stream().map(toView).toList();
    }
}
