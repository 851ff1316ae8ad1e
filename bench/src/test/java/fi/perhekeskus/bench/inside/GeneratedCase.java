package fi.perhekeskus.bench.inside;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.CaseOpened;
import fi.perhekeskus.plan.api.ChildViewRecorded;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.ConsentGranted;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.FollowUpDecision;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.InvitationAccepted;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedAgreed;
import fi.perhekeskus.plan.api.NeedClosed;
import fi.perhekeskus.plan.api.NeedFollowUp;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviewParticipant;
import fi.perhekeskus.plan.api.ReviewRecorded;
import fi.perhekeskus.plan.api.SpecialistInvited;
import fi.perhekeskus.plan.api.SupportActionCompleted;
import fi.perhekeskus.plan.api.SupportActionPlanned;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * One generated family's plan as the commands would have written it: the case opened for a child
 * and a guardian, then need after need recorded, agreed, heard from the child, acted on, shared
 * with a specialist by consent and invitation, reviewed and closed, one event every six hours.
 * Every kind of event the three views follow is among them, and each refers only to what the
 * events before it made, so the plan and its views take them as they take real ones.
 */
final class GeneratedCase {

    /** The aggregate's type as the event store names it. */
    static final String AGGREGATE_TYPE = "SharedPlan";

    private static final Duration BETWEEN_EVENTS = Duration.ofHours(6);

    /** Who works on a generated case: its key worker and the specialist invited to it, each with their unit. */
    record Staff(UUID keyWorkerId, UUID unitId, UUID specialistId, UUID specialistUnitId) {
    }

    private final UUID caseId;
    private final Staff staff;
    private final Instant openedAt;
    private final SplittableRandom random;
    private final UUID child;
    private final UUID guardian;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    private GeneratedCase(UUID caseId, Staff staff, Instant openedAt, long seed) {
        this.caseId = caseId;
        this.staff = staff;
        this.openedAt = openedAt;
        this.random = new SplittableRandom(seed);
        this.child = id();
        this.guardian = id();
    }

    /** The case's first {@code count} events, from sequence number 0; the same for the same seed. */
    static List<DomainEventMessage<?>> events(UUID caseId, Staff staff, int count, Instant openedAt, long seed) {
        var generated = new GeneratedCase(caseId, staff, openedAt, seed);
        generated.add(new CaseOpened(caseId, List.of(
                new FamilyMember(generated.child, MemberRole.CHILD, "Eetu", LocalDate.of(2018, 3, 4)),
                new FamilyMember(generated.guardian, MemberRole.GUARDIAN, "Anna", null)),
                staff.keyWorkerId(), staff.unitId(), FamilyLanguage.FINNISH, null), count);
        while (generated.events.size() < count) {
            generated.need(count);
        }
        return generated.events;
    }

    /** One need's course, as far as the case's count reaches. */
    private void need(int count) {
        UUID need = id();
        UUID action = id();
        UUID consent = id();
        UUID invitation = id();
        LocalDate today = LocalDate.ofInstant(next(), ZoneOffset.UTC);
        LocalDate until = today.plusMonths(6);
        add(new NeedRecorded(caseId, need, "Puhe ei selkeydy", null, Set.of(child), NeedRaiser.familyMember(guardian)),
                count);
        add(new NeedAgreed(caseId, need, guardian, AgreementChannel.MEETING, next(), null), count);
        add(new ChildViewRecorded(caseId, id(), child, need, "Haluan leikkiä", HowHeard.CONVERSATION, false), count);
        add(new SupportActionPlanned(caseId, action, need, "Puheterapian arvio",
                new Responsible(Responsible.Kind.FAMILY_MEMBER, guardian), today.plusWeeks(4)), count);
        add(new ConsentGranted(caseId, consent, guardian, Recipient.professional(staff.specialistId()), Set.of(need),
                "Puheterapia", until, startOfDayAfter(until), ConsentForm.WRITTEN, false, id().toString()), count);
        add(new SpecialistInvited(caseId, invitation, staff.specialistId(), staff.specialistUnitId(), Set.of(need),
                Set.of(consent), "Tervetuloa", today.plusWeeks(2), startOfDayAfter(today.plusWeeks(2)),
                id().toString()), count);
        add(new InvitationAccepted(caseId, invitation, staff.specialistId(), staff.specialistUnitId(), Set.of(need),
                Set.of(consent)), count);
        add(new SupportActionCompleted(caseId, action, null), count);
        add(new ReviewRecorded(caseId, id(), today,
                List.of(ReviewParticipant.familyMember(guardian), ReviewParticipant.familyMember(child)),
                "Puhe selkeytyy", List.of(new NeedFollowUp(need, "Eetun puheesta saa selvää", "Tavoite saavutettiin",
                        "Kaverit ymmärtävät", FollowUpDecision.CLOSE, NeedOutcome.MET, null)), null), count);
        add(new NeedClosed(caseId, need, NeedOutcome.MET, null), count);
    }

    private void add(Object payload, int count) {
        if (events.size() == count) {
            return;
        }
        var actor = new Actor(staff.keyWorkerId(), ActorRole.KEY_WORKER, id().toString());
        events.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, caseId.toString(), events.size(), payload,
                actor.toMetaData(), id().toString(), next()));
    }

    /** The time of the event about to be added. */
    private Instant next() {
        return openedAt.plus(BETWEEN_EVENTS.multipliedBy(events.size()));
    }

    private static Instant startOfDayAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A random (version 4) id, from the case's own generator: the same seed makes the same case. */
    private UUID id() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
