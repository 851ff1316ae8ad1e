package fi.perhekeskus.caseview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Caller;
import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.plan.api.AcceptInvitation;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.InviteSpecialist;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.OpenCase;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordConsent;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RecordNeedAgreement;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * One family's case, sent through the command gateway as the web layer sends it: every command
 * carries its actor, and every id is new, so that tests sharing a database never meet.
 */
final class ScriptedCase {

    static final String INVITATION_MESSAGE = "Voisitko tavata perheen?";
    static final String PURPOSE = "Perheneuvolan tuki";

    final UUID caseId = UUID.randomUUID();
    final UUID east = UUID.randomUUID();
    final UUID west = UUID.randomUUID();
    final UUID keyWorker = UUID.randomUUID();
    final UUID nextKeyWorker = UUID.randomUUID();
    /** A specialist of the east unit, where the case is. */
    final UUID specialist = UUID.randomUUID();
    /** A specialist of the west unit. */
    final UUID consultant = UUID.randomUUID();

    final UUID mother = UUID.randomUUID();
    final UUID father = UUID.randomUUID();
    final UUID emma = UUID.randomUUID();
    final UUID leo = UUID.randomUUID();
    final List<FamilyMember> family;

    /** Concerns Emma only. */
    final UUID school = UUID.randomUUID();
    /** Concerns Leo only. */
    final UUID sleep = UUID.randomUUID();
    /** Concerns both parents. */
    final UUID parents = UUID.randomUUID();

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final Clock clock;
    private final ConsentPolicy policy;

    ScriptedCase(CommandGateway commandGateway, EventStore eventStore, Clock clock, ConsentPolicy policy) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.clock = clock;
        this.policy = policy;
        LocalDate today = today();
        this.family = List.of(
                new FamilyMember(mother, MemberRole.GUARDIAN, "Anna", null),
                new FamilyMember(father, MemberRole.GUARDIAN, "Mikko", LocalDate.of(1984, 2, 11)),
                new FamilyMember(emma, MemberRole.CHILD, "Emma", today.minusYears(13)),
                new FamilyMember(leo, MemberRole.CHILD, "Leo", today.minusYears(7)));
    }

    LocalDate today() {
        return policy.today(clock);
    }

    /** When a family member answered, as every answer in these tests is recorded: an hour ago. */
    Instant answeredAt() {
        return clock.instant().minusSeconds(3600);
    }

    /** The stored events of the case, in order: their sequence numbers are their places. */
    List<DomainEventMessage<?>> events() {
        return eventStore.readEvents(caseId.toString(), 0).asStream().<DomainEventMessage<?>>map(event -> event).toList();
    }

    /** The plan's version as the event store has it: the sequence number of its last event. */
    long version() {
        return events().size() - 1;
    }

    /** The case with three needs the mother has agreed to. */
    ScriptedCase openWithAgreedNeeds() {
        open();
        need(school, "Emma ei halua mennä kouluun.", emma);
        need(sleep, "Leo ei saa unta.", leo);
        need(parents, "Emme pääse sopuun kasvatuksesta.", mother, father);
        List.of(school, sleep, parents).forEach(need -> answer(need, mother, AgreementDecision.AGREED));
        return this;
    }

    void open() {
        send(new OpenCase(caseId, family, keyWorker, east, FamilyLanguage.FINNISH));
    }

    void need(UUID needId, String description, UUID... concerns) {
        send(new RecordNeed(caseId, needId, description, null, Set.of(concerns), NeedRaiser.familyMember(mother)));
    }

    void answer(UUID needId, UUID memberId, AgreementDecision decision) {
        send(new RecordNeedAgreement(caseId, needId, memberId, decision, AgreementChannel.MEETING,
                answeredAt(), null));
    }

    /** A grant for the next 30 days. */
    void grant(UUID consentId, UUID givenBy, Recipient recipient, UUID... needIds) {
        grantUntil(today().plusDays(30), consentId, givenBy, recipient, needIds);
    }

    void grantUntil(LocalDate validUntil, UUID consentId, UUID givenBy, Recipient recipient, UUID... needIds) {
        send(new RecordConsent(caseId, consentId, givenBy, ConsentDecision.GRANT, recipient, Set.of(needIds), PURPOSE,
                validUntil, ConsentForm.WRITTEN, isChild(givenBy)));
    }

    void refuse(UUID consentId, UUID givenBy, Recipient recipient, UUID... needIds) {
        send(new RecordConsent(caseId, consentId, givenBy, ConsentDecision.REFUSE, recipient, Set.of(needIds), null,
                null, ConsentForm.VERBAL, isChild(givenBy)));
    }

    UUID invite(UUID specialistId, UUID unitId, UUID... needIds) {
        UUID invitationId = UUID.randomUUID();
        send(new InviteSpecialist(caseId, invitationId, specialistId, unitId, Set.of(needIds), INVITATION_MESSAGE,
                today().plusDays(7)));
        return invitationId;
    }

    void accept(UUID invitationId, UUID specialistId) {
        sendAs(new Actor(specialistId, ActorRole.SPECIALIST, "case-view-test"),
                new AcceptInvitation(caseId, invitationId, specialistId));
    }

    /** Invites the specialist for the needs and has them accept. */
    UUID join(UUID specialistId, UUID unitId, UUID... needIds) {
        UUID invitationId = invite(specialistId, unitId, needIds);
        accept(invitationId, specialistId);
        return invitationId;
    }

    void send(Object command) {
        sendAs(new Actor(keyWorker, ActorRole.KEY_WORKER, "case-view-test"), command);
    }

    void sendAs(Actor actor, Object command) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
    }

    static Caller asSpecialist(UUID professionalId, UUID unitId) {
        return new Caller(professionalId, ProfessionalRole.SPECIALIST, unitId);
    }

    private boolean isChild(UUID memberId) {
        return memberId.equals(emma) || memberId.equals(leo);
    }
}
