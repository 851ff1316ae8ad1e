package fi.perhekeskus.web.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Locale;
import java.util.UUID;

import fi.perhekeskus.audit.disclosure.DisclosureReport;
import fi.perhekeskus.audit.disclosure.DisclosureReportPdf;
import fi.perhekeskus.audit.disclosure.DisclosureReports;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.web.input.SupportedDate;
import fi.perhekeskus.web.pages.FamilyLanguages;
import fi.perhekeskus.web.problems.InvalidReference;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family's "who saw our data and why" report for the case's key worker and the unit's
 * supervisors to give the family, as JSON or, with {@code Accept: application/pdf}, as a PDF.
 */
@RestController
class DisclosureReportController {

    /** docs/domain.md: the report covers the last two years unless asked otherwise. */
    private static final Period DEFAULT_PERIOD = Period.ofYears(2);

    private final DisclosureReports reports;
    private final DisclosureReportPdf pdf;
    private final AuditReads reads;
    private final Clock clock;
    private final ConsentPolicy policy;

    DisclosureReportController(DisclosureReports reports, DisclosureReportPdf pdf, AuditReads reads, Clock clock,
                               ConsentPolicy policy) {
        this.reports = reports;
        this.pdf = pdf;
        this.reads = reads;
        this.clock = clock;
        this.policy = policy;
    }

    @GetMapping(path = "/api/v1/audit/disclosures", produces = MediaType.APPLICATION_JSON_VALUE)
    DisclosureReport report(@RequestParam UUID caseId, @RequestParam(required = false) UUID memberId,
                            @RequestParam(required = false) @SupportedDate Instant from,
                            @RequestParam(required = false) @SupportedDate Instant to,
                            @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        Instant until = to == null ? clock.instant() : to;
        Instant since = from == null ? until.atZone(policy.zone()).minus(DEFAULT_PERIOD).toInstant() : from;
        if (!since.isBefore(until)) {
            throw new InvalidReference("to", "must be after from");
        }
        return reads.read(caseId, me, request, () -> reports.of(caseId, memberId, since, until));
    }

    /**
     * @param language the language of the report (fi, sv or en); without one, the family's own where
     *                 it is one of them, else the reader's ({@code Accept-Language})
     */
    @GetMapping(path = "/api/v1/audit/disclosures", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportAsPdf(@RequestParam UUID caseId, @RequestParam(required = false) UUID memberId,
                                       @RequestParam(required = false) @SupportedDate Instant from,
                                       @RequestParam(required = false) @SupportedDate Instant to,
                                       @RequestParam(required = false) @Pattern(regexp = "fi|sv|en") String language,
                                       @AuthenticationPrincipal SignedInProfessional me, RequestContext request,
                                       Locale locale) {
        DisclosureReport report = report(caseId, memberId, from, to, me, request);
        Locale written = language != null ? Locale.forLanguageTag(language)
                : FamilyLanguages.writable(report.whose().language()).map(Locale::forLanguageTag).orElse(locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(pdf.fileName(report, written)).build().toString())
                .body(pdf.render(report, written));
    }
}
