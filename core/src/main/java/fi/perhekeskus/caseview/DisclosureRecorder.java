package fi.perhekeskus.caseview;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.perhekeskus.accesslog.Disclosure;
import fi.perhekeskus.accesslog.DisclosureLog;
import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.plan.api.DisclosedOnLegalBasis;
import fi.perhekeskus.plan.api.ExternalParticipantTold;
import fi.perhekeskus.plan.api.InvitationAccepted;
import fi.perhekeskus.plan.api.SpecialistInvited;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * Writes the disclosure log (luovutusloki) when a plan event lets a family's data cross: an
 * invitation shows its invitee the needs it is for, accepting it opens them in the case view, an
 * external participant is told on consent, and a disclosure on a legal basis is recorded. It runs
 * in the case view's subscribing group, so the log row is written in the command's transaction,
 * together with the view rows that let the data be read. The needs and the consents are the
 * event's own, as the aggregate decided them; the family members are those the needs concern,
 * whose data it is. A rebuild of the view does not write it again: a disclosure happened once, when its
 * event did, and the log is never cleared.
 */
@Component
@DisallowReplay
@ProcessingGroup(CaseViewConfiguration.GROUP)
class DisclosureRecorder {

    private final EntityManager entityManager;
    private final DisclosureLog log;

    DisclosureRecorder(EntityManager entityManager, DisclosureLog log) {
        this.entityManager = entityManager;
        this.log = log;
    }

    @EventHandler
    void on(SpecialistInvited event, @MessageIdentifier String eventId, @Timestamp Instant at,
            @MetaDataValue(Actor.CORRELATION_ID) String correlationId) {
        log.recordOnce(UUID.fromString(eventId), new Disclosure(at, event.caseId(), event.specialistId(), event.specialistUnitId(),
                event.consentIds(), concerned(event.caseId(), event.needIds()), event.needIds(),
                Disclosure.Kind.INVITED, correlationId));
    }

    /** An acceptance whose needs have all closed meanwhile shares nothing, and logs nothing. */
    @EventHandler
    void on(InvitationAccepted event, @MessageIdentifier String eventId, @Timestamp Instant at,
            @MetaDataValue(Actor.CORRELATION_ID) String correlationId) {
        if (event.needIds().isEmpty()) {
            return;
        }
        log.recordOnce(UUID.fromString(eventId), new Disclosure(at, event.caseId(), event.specialistId(), event.specialistUnitId(),
                event.consentIds(), concerned(event.caseId(), event.needIds()), event.needIds(),
                Disclosure.Kind.JOINED_NETWORK, correlationId));
    }

    @EventHandler
    void on(ExternalParticipantTold event, @MessageIdentifier String eventId, @Timestamp Instant at,
            @MetaDataValue(Actor.CORRELATION_ID) String correlationId) {
        log.recordOnce(UUID.fromString(eventId), Disclosure.toldParticipant(at, event.caseId(), event.participantId(),
                event.disclosureId(), event.consentIds(), concerned(event.caseId(), event.needIds()), event.needIds(),
                correlationId));
    }

    /** Whose data it was: the members named, and everyone the needs it named concern. */
    @EventHandler
    void on(DisclosedOnLegalBasis event, @MessageIdentifier String eventId, @Timestamp Instant at,
            @MetaDataValue(Actor.CORRELATION_ID) String correlationId) {
        Set<UUID> members = new HashSet<>(event.concernsMemberIds());
        members.addAll(concerned(event.caseId(), event.needIds()));
        log.recordOnce(UUID.fromString(eventId), Disclosure.onLegalBasis(at, event.caseId(), event.legalBasis(),
                event.disclosureId(), members, event.needIds(), correlationId));
    }

    private Set<UUID> concerned(UUID caseId, Set<UUID> needIds) {
        return needIds.stream()
                .map(needId -> entityManager.find(NeedRow.class, new CaseItem.Key(caseId, needId)))
                .flatMap(need -> need.concernsMemberIds().stream())
                .collect(Collectors.toSet());
    }
}
