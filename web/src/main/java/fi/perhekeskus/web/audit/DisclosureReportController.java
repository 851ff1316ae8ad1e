package fi.perhekeskus.web.audit;

import static fi.perhekeskus.access.Basis.KEY_WORKER;
import static fi.perhekeskus.access.Basis.SUPERVISION;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.audit.disclosure.DisclosureReport;
import fi.perhekeskus.audit.disclosure.DisclosureReportPdf;
import fi.perhekeskus.audit.disclosure.DisclosureReports;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.web.cases.CaseGate;
import fi.perhekeskus.web.commands.CorrelationIdFilter;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.problems.InvalidReference;
import fi.perhekeskus.web.signin.SignedInProfessional;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family's "who saw our data and why" report for the case's key worker and the unit's
 * supervisors to give the family, as JSON or, with {@code Accept: application/pdf}, as a PDF. The
 * report shows the family's own data, so each is an access-log row.
 */
@RestController
class DisclosureReportController {

    /** domain.md: the report covers the last two years unless asked otherwise. */
    private static final Period DEFAULT_PERIOD = Period.ofYears(2);
    private static final Set<Basis> READERS = Set.of(KEY_WORKER, SUPERVISION);

    private final DisclosureReports reports;
    private final DisclosureReportPdf pdf;
    private final CaseGate gate;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ConsentPolicy policy;

    DisclosureReportController(DisclosureReports reports, DisclosureReportPdf pdf, CaseGate gate,
                               TransactionTemplate transaction, Clock clock, ConsentPolicy policy) {
        this.reports = reports;
        this.pdf = pdf;
        this.gate = gate;
        this.transaction = transaction;
        this.clock = clock;
        this.policy = policy;
    }

    @GetMapping(path = "/api/v1/audit/disclosures", produces = MediaType.APPLICATION_JSON_VALUE)
    DisclosureReport report(@RequestParam UUID caseId, @RequestParam(required = false) UUID memberId,
                            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                            @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        Instant until = to == null ? clock.instant() : to;
        Instant since = from == null ? until.atZone(policy.zone()).minus(DEFAULT_PERIOD).toInstant() : from;
        if (!since.isBefore(until)) {
            throw new InvalidReference("to", "must be after from");
        }
        String view = CaseGate.viewOf(request);
        String correlationId = CorrelationIdFilter.of(request);
        return transaction.execute(status -> {
            Basis basis = gate.authorize(caseId, me, READERS, view, correlationId);
            gate.allowed(caseId, me, basis, Set.of(), view, correlationId);
            return reports.of(caseId, memberId, since, until).orElseThrow(CaseNotVisible::new);
        });
    }

    @GetMapping(path = "/api/v1/audit/disclosures", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportAsPdf(@RequestParam UUID caseId, @RequestParam(required = false) UUID memberId,
                                       @RequestParam(required = false) Instant from,
                                       @RequestParam(required = false) Instant to,
                                       @AuthenticationPrincipal SignedInProfessional me, HttpServletRequest request) {
        byte[] rendered = pdf.render(report(caseId, memberId, from, to, me, request));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("luovutukset-" + caseId + ".pdf").build().toString())
                .body(rendered);
    }
}
