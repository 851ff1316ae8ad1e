package fi.perhekeskus.audit.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.perhekeskus.accesslog.Disclosure;
import fi.perhekeskus.accesslog.DisclosureLog;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.caseview.ProducedFor;
import fi.perhekeskus.caseview.Visibility;
import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.directory.Unit;
import fi.perhekeskus.directory.UnitRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the family's disclosure report from the disclosure log, which holds ids only, and names
 * what it lists from the plan and the directory as they are now. Produced for one member, or for the
 * whole family, it leaves out what that reader may not see ({@link ProducedFor}): a disclosure of
 * another adult's need kept from the family is theirs to know of, not the reader's.
 */
@Component
public class DisclosureReports {

    private final DisclosureLog log;
    private final CaseViewQuery views;
    private final ProfessionalRepository directory;
    private final UnitRepository units;

    DisclosureReports(DisclosureLog log, CaseViewQuery views, ProfessionalRepository directory, UnitRepository units) {
        this.units = units;
        this.log = log;
        this.views = views;
        this.directory = directory;
    }

    /** Empty if there is no such case. */
    @Transactional(readOnly = true)
    public Optional<DisclosureReport> of(UUID caseId, UUID memberId, Instant from, Instant to) {
        return views.view(caseId, Visibility.ALL).map(plan -> {
            Set<UUID> hidden = ProducedFor.hiddenNeeds(plan, memberId);
            List<Disclosure> disclosures = log.disclosuresFor(caseId, memberId, from, to).stream()
                    .filter(disclosure -> disclosure.needIds().isEmpty() || !hidden.containsAll(disclosure.needIds()))
                    .toList();
            Map<UUID, String> members = plan.family().members().stream()
                    .collect(Collectors.toMap(CaseView.Member::id, CaseView.Member::displayName));
            Map<UUID, String> needs = plan.needs().stream()
                    .collect(Collectors.toMap(CaseView.Need::id, CaseView.Need::description));
            Map<UUID, CaseView.Consent> consents = plan.consents().stream()
                    .collect(Collectors.toMap(CaseView.Consent::id, Function.identity()));
            Map<UUID, Professional> recipients = directory.findAllById(disclosures.stream()
                            .map(Disclosure::recipientId).filter(Objects::nonNull).distinct().toList())
                    .stream().collect(Collectors.toMap(Professional::getId, Function.identity()));
            Map<UUID, CaseView.Disclosure> told = plan.disclosures().stream()
                    .collect(Collectors.toMap(CaseView.Disclosure::id, Function.identity()));
            Map<UUID, CaseView.ExternalParticipant> participants = plan.network().externals().stream()
                    .collect(Collectors.toMap(CaseView.ExternalParticipant::id, Function.identity()));
            return new DisclosureReport(caseId, memberId, from, to, whose(plan, memberId), disclosures.stream()
                    .map(disclosure -> {
                        CaseView.Disclosure item = disclosure.planItemId() == null ? null
                                : told.get(disclosure.planItemId());
                        return new DisclosureReport.Disclosed(disclosure.at(),
                                recipient(disclosure, recipients, participants, item),
                                disclosure.what().name(), named(disclosure.memberIds(), members),
                                named(disclosure.needIds().stream().filter(id -> !hidden.contains(id)).toList(), needs),
                                disclosure.consentIds().stream().sorted().map(id -> basis(id, consents, members))
                                        .toList(),
                                item == null ? null : item.told(),
                                disclosure.legalBasis() == null ? null : disclosure.legalBasis().name(),
                                item == null ? null : item.provision());
                    })
                    .toList());
        });
    }

    /** A professional by the directory's name, an external participant with their organisation, an authority as recorded. */
    private static DisclosureReport.Named recipient(Disclosure disclosure, Map<UUID, Professional> professionals,
                                                    Map<UUID, CaseView.ExternalParticipant> participants,
                                                    CaseView.Disclosure item) {
        if (disclosure.participantId() != null) {
            CaseView.ExternalParticipant participant = participants.get(disclosure.participantId());
            return new DisclosureReport.Named(disclosure.participantId(),
                    participant == null ? null : participant.withOrganisation());
        }
        if (disclosure.recipientId() == null) {
            return new DisclosureReport.Named(disclosure.planItemId(), item == null ? null : item.recipient());
        }
        return new DisclosureReport.Named(disclosure.recipientId(),
                Optional.ofNullable(professionals.get(disclosure.recipientId()))
                        .map(Professional::getDisplayName).orElse(null));
    }

    private DisclosureReport.Whose whose(CaseView plan, UUID memberId) {
        DisclosureReport.Named member = plan.family().members().stream()
                .filter(candidate -> candidate.id().equals(memberId))
                .findFirst()
                .map(found -> new DisclosureReport.Named(found.id(), found.displayName()))
                .orElse(null);
        DisclosureReport.Contact keyWorker = plan.keyWorker() == null ? null : directory.findById(plan.keyWorker().id())
                .map(professional -> new DisclosureReport.Contact(professional.getDisplayName(), professional.getPhone(),
                        professional.getEmail()))
                .orElse(new DisclosureReport.Contact(plan.keyWorker().displayName(), null, null));
        LocalDate nextReview = plan.reviews().isEmpty() ? null
                : plan.reviews().get(plan.reviews().size() - 1).nextReviewOn();
        return new DisclosureReport.Whose(member,
                plan.family().members().stream().filter(CaseView.Member::current).map(CaseView.Member::displayName)
                        .toList(),
                units.findById(plan.unitId()).map(Unit::getName).orElse(null), keyWorker, nextReview,
                plan.family().language());
    }

    private static List<DisclosureReport.Named> named(Collection<UUID> ids, Map<UUID, String> names) {
        return ids.stream().sorted().map(id -> new DisclosureReport.Named(id, names.get(id))).toList();
    }

    private static DisclosureReport.ConsentBasis basis(UUID consentId, Map<UUID, CaseView.Consent> consents,
                                                       Map<UUID, String> members) {
        CaseView.Consent consent = consents.get(consentId);
        return consent == null
                ? new DisclosureReport.ConsentBasis(consentId, null, null)
                : new DisclosureReport.ConsentBasis(consentId, consent.purpose(),
                        new DisclosureReport.Named(consent.givenBy(), members.get(consent.givenBy())));
    }
}
