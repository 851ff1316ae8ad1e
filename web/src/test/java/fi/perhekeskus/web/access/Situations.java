package fi.perhekeskus.web.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.plan.api.AcceptInvitation;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.InviteSpecialist;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.OpenCase;
import fi.perhekeskus.plan.api.PlanSupportAction;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordConsent;
import fi.perhekeskus.plan.api.RecordDeparture;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RecordNeedAgreement;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.WithdrawConsent;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Builds the cases of the authorization matrix's situations. They are set up through the command
 * gateway, as the signed-in professionals would through the API, because only what is asked of the
 * API in each cell is under test, and thousands of set-up requests would each pay for a password
 * check.
 */
public final class Situations {

    public static final String NEED_A = "Puhe ei selkeydy, eikä kaveri ymmärrä";
    public static final String NEED_B = "Iltaisin on vaikea nukahtaa";

    private final CommandGateway commands;
    private final EventStore events;
    private final ProfessionalRepository directory;
    private final Clock clock;

    Situations(CommandGateway commands, EventStore events, ProfessionalRepository directory, Clock clock) {
        this.commands = commands;
        this.events = events;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * One case as the situation describes it (see authorization-matrix.txt).
     *
     * @param consent        the consent to the member, which the withdrawal endpoint withdraws
     * @param invitation     the invitee's invitation
     * @param inviteeConsent the consent that lets the invitee be invited
     */
    public record Case(String situation, UUID caseId, UUID needA, UUID needB, UUID action, UUID consent, UUID invitation,
                Professional keyWorker, Professional member, Professional invitee, Professional invitable,
                Professional otherKeyWorker, UUID guardian, UUID child, UUID inviteeConsent) {

        /** The values the matrix's paths and the request bodies name. */
        public Map<String, String> values() {
            return Map.ofEntries(Map.entry("case", caseId.toString()), Map.entry("needA", needA.toString()),
                    Map.entry("needB", needB.toString()), Map.entry("action", action.toString()),
                    Map.entry("consent", consent.toString()), Map.entry("invitation", invitation.toString()),
                    Map.entry("member", member.getId().toString()),
                    Map.entry("keyWorker", keyWorker.getId().toString()),
                    Map.entry("invitable", invitable.getId().toString()),
                    Map.entry("otherKeyWorker", otherKeyWorker.getId().toString()),
                    Map.entry("guardian", guardian.toString()), Map.entry("child", child.toString()));
        }
    }

    public Case build(String situation) {
        boolean west = situation.equals("west");
        Professional keyWorker = professional(west ? "jari" : "maija");
        Professional member = professional(west ? "tuula" : "sami");
        Professional invitee = professional(west ? "maija" : "outi");
        Professional invitable = professional(west ? "sami" : "tuula");
        Professional otherKeyWorker = professional(west ? "maija" : "jari");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate validUntil = situation.equals("expired") ? today : today.plusDays(90);
        var scripted = new Scripted(UUID.randomUUID(), new Actor(keyWorker.getId(), ActorRole.KEY_WORKER,
                "authorization-matrix"));
        UUID guardian = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        scripted.send(new OpenCase(scripted.caseId, List.of(
                new FamilyMember(child, MemberRole.CHILD, "Eetu", LocalDate.of(2017, 3, 4)),
                new FamilyMember(guardian, MemberRole.GUARDIAN, "Anna", null)), keyWorker.getId(),
                keyWorker.getUnitId(), FamilyLanguage.FINNISH));
        UUID needA = scripted.agreedNeed(NEED_A, child, guardian);
        UUID needB = scripted.agreedNeed(NEED_B, child, guardian);
        UUID toMember = scripted.consent(guardian, member, needA, validUntil);
        UUID toInvitee = scripted.consent(guardian, invitee, needA, validUntil);
        scripted.consent(guardian, invitable, needA, validUntil);
        scripted.join(member, needA, today);
        UUID action = UUID.randomUUID();
        scripted.send(new PlanSupportAction(scripted.caseId, action, needA, "Puheharjoitukset kotona",
                new Responsible(Responsible.Kind.NETWORK_MEMBER, member.getId()), today.plusDays(14)));
        UUID invitation = scripted.invite(invitee, needA, today);
        switch (situation) {
            case "withdrawn" -> List.of(toMember, toInvitee).forEach(consent ->
                    scripted.send(new WithdrawConsent(scripted.caseId, consent, guardian, null)));
            case "departed" -> scripted.sendAs(new Actor(member.getId(), ActorRole.SPECIALIST, "authorization-matrix"),
                    new RecordDeparture(scripted.caseId, member.getId(), member.getId(), null));
            default -> {
            }
        }
        return new Case(situation, scripted.caseId, needA, needB, action, toMember, invitation, keyWorker, member,
                invitee, invitable, otherKeyWorker, guardian, child, toInvitee);
    }

    /** The member back in the case on a new consent for need A, after theirs was withdrawn: its id. */
    UUID consentAndJoinAgain(Case plan) {
        var scripted = new Scripted(plan.caseId(), new Actor(plan.keyWorker().getId(), ActorRole.KEY_WORKER,
                "authorization-matrix"));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        UUID consent = scripted.consent(plan.guardian(), plan.member(), plan.needA(), today.plusDays(90));
        scripted.join(plan.member(), plan.needA(), today);
        return consent;
    }

    /** The plan's version now, as a client reads it from the case view's {@code version}. */
    public long version(UUID caseId) {
        return events.lastSequenceNumberFor(caseId.toString()).orElseThrow();
    }

    public Professional professional(String username) {
        return directory.findByUsername(username).orElseThrow();
    }

    /** Commands to one case, as its key worker unless told otherwise. */
    private final class Scripted {

        private final UUID caseId;
        private final Actor keyWorker;

        Scripted(UUID caseId, Actor keyWorker) {
            this.caseId = caseId;
            this.keyWorker = keyWorker;
        }

        UUID agreedNeed(String description, UUID concerns, UUID agreedBy) {
            UUID needId = UUID.randomUUID();
            send(new RecordNeed(caseId, needId, description, null, Set.of(concerns), NeedRaiser.familyMember(agreedBy)));
            send(new RecordNeedAgreement(caseId, needId, agreedBy, AgreementDecision.AGREED, AgreementChannel.MEETING,
                    clock.instant().minusSeconds(60), null));
            return needId;
        }

        UUID consent(UUID givenBy, Professional recipient, UUID needId, LocalDate validUntil) {
            UUID consentId = UUID.randomUUID();
            send(new RecordConsent(caseId, consentId, givenBy, ConsentDecision.GRANT,
                    Recipient.professional(recipient.getId()), Set.of(needId), "Tuki puheen kehitykseen", validUntil,
                    ConsentForm.WRITTEN, false));
            return consentId;
        }

        UUID invite(Professional specialist, UUID needId, LocalDate today) {
            UUID invitationId = UUID.randomUUID();
            send(new InviteSpecialist(caseId, invitationId, specialist.getId(), specialist.getUnitId(), Set.of(needId),
                    "Tervetuloa verkostoon", today.plusDays(7)));
            return invitationId;
        }

        void join(Professional specialist, UUID needId, LocalDate today) {
            UUID invitationId = invite(specialist, needId, today);
            sendAs(new Actor(specialist.getId(), ActorRole.SPECIALIST, "authorization-matrix"),
                    new AcceptInvitation(caseId, invitationId, specialist.getId()));
        }

        void send(Object command) {
            sendAs(keyWorker, command);
        }

        void sendAs(Actor actor, Object command) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
        }
    }
}
