package fi.perhekeskus.audit.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.perhekeskus.accesslog.Disclosure;
import fi.perhekeskus.accesslog.DisclosureLog;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.caseview.Visibility;
import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.directory.Unit;
import fi.perhekeskus.directory.UnitRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the family's disclosure report from the disclosure log, which holds ids only, and names
 * what it lists from the plan and the directory as they are now.
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
            List<Disclosure> disclosures = log.disclosuresFor(caseId, memberId, from, to);
            Map<UUID, String> members = plan.family().members().stream()
                    .collect(Collectors.toMap(CaseView.Member::id, CaseView.Member::displayName));
            Map<UUID, String> needs = plan.needs().stream()
                    .collect(Collectors.toMap(CaseView.Need::id, CaseView.Need::description));
            Map<UUID, CaseView.Consent> consents = plan.consents().stream()
                    .collect(Collectors.toMap(CaseView.Consent::id, Function.identity()));
            Map<UUID, Professional> recipients = directory.findAllById(disclosures.stream()
                            .map(Disclosure::recipientId).distinct().toList())
                    .stream().collect(Collectors.toMap(Professional::getId, Function.identity()));
            return new DisclosureReport(caseId, memberId, from, to, whose(plan, memberId), disclosures.stream()
                    .map(disclosure -> new DisclosureReport.Disclosed(disclosure.at(),
                            new DisclosureReport.Named(disclosure.recipientId(),
                                    Optional.ofNullable(recipients.get(disclosure.recipientId()))
                                            .map(Professional::getDisplayName).orElse(null)),
                            disclosure.what().name(), named(disclosure.memberIds(), members),
                            named(disclosure.needIds(), needs),
                            disclosure.consentIds().stream().sorted().map(id -> basis(id, consents, members)).toList()))
                    .toList());
        });
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
