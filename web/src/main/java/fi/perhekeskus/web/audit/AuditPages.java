package fi.perhekeskus.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.perhekeskus.audit.history.PlanHistory;
import fi.perhekeskus.audit.versions.PastPlans;
import fi.perhekeskus.audit.versions.PlanDiff;
import fi.perhekeskus.audit.versions.PlanVersion;
import fi.perhekeskus.audit.versions.PlanVersions;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.cases.PlanNames;
import fi.perhekeskus.web.input.SupportedDate;
import fi.perhekeskus.web.pages.PageController;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * A supervisor's (and, for their own cases, a key worker's) pages: a case's history a page at a time,
 * with its versions' approvals, the plan as it stood at the end of a chosen day, what changed between two
 * versions, the unit's access log, and the family's disclosure report as a PDF. Each read goes
 * through the same gate and access log as the API.
 */
@PageController
class AuditPages {

    private static final int HISTORY_PAGE = 50;

    private final PlanHistory history;
    private final PlanVersions versions;
    private final PastPlans past;
    private final AuditReads reads;
    private final AuditResponseMapper responses;
    private final AccessLogReview accessLog;
    private final DisclosureReportController disclosures;
    private final ProfessionalRepository directory;
    private final ConsentPolicy policy;
    private final JsonMapper json;
    private final PlanNames names;

    AuditPages(PlanHistory history, PlanVersions versions, PastPlans past, AuditReads reads,
               AuditResponseMapper responses, AccessLogReview accessLog, DisclosureReportController disclosures,
               ProfessionalRepository directory, ConsentPolicy policy, JsonMapper json, PlanNames names) {
        this.history = history;
        this.versions = versions;
        this.past = past;
        this.reads = reads;
        this.responses = responses;
        this.accessLog = accessLog;
        this.disclosures = disclosures;
        this.directory = directory;
        this.policy = policy;
        this.json = json;
        this.names = names;
    }

    /** A page of the history, oldest first, and the family's approvals of the versions it lists. */
    @GetMapping("/cases/{caseId}/history")
    String history(@PathVariable UUID caseId,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.LAST_PAGE) int page,
                   @AuthenticationPrincipal SignedInProfessional me, Locale locale, RequestContext request,
                   Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("entries", reads.read(caseId, me, request,
                () -> history.of(caseId, locale, PageRequest.of(Math.max(page, 0), HISTORY_PAGE))
                        .map(entries -> PageResponse.of(entries, entry -> entry))));
        PlanVersions.Versions all = reads.read(caseId, me, request, () -> versions.of(caseId));
        model.addAttribute("versions", all);
        model.addAttribute("approvals", all.versions().stream()
                .filter(version -> version.approval() != null)
                .collect(Collectors.toMap(PlanVersion::version, PlanVersion::approval)));
        return "history";
    }

    /** The plan at the end of {@code on}, in the family centre's time zone, with who could see what then. */
    @GetMapping("/cases/{caseId}/plan")
    String planOn(@PathVariable UUID caseId,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @SupportedDate LocalDate on,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time,
                  @AuthenticationPrincipal SignedInProfessional me, RequestContext request, Model model) {
        Instant at = time == null ? on.plusDays(1).atStartOfDay(policy.zone()).toInstant().minusNanos(1)
                : on.atTime(time).atZone(policy.zone()).toInstant();
        var then = reads.read(caseId, me, request, () -> past.at(caseId, at));
        model.addAttribute("caseId", caseId);
        model.addAttribute("on", on);
        model.addAttribute("time", time);
        model.addAttribute("then", then);
        model.addAttribute("plan", then.plan());
        model.addAttribute("names", names.of(then.plan()));
        return "plan-on";
    }

    @GetMapping("/cases/{caseId}/diff")
    String diff(@PathVariable UUID caseId, @RequestParam long from, @RequestParam long to,
                @AuthenticationPrincipal SignedInProfessional me, RequestContext request, Model model) {
        DiffResponse diff = responses.diff(reads.read(caseId, me, request, () -> past.diff(caseId, from, to)));
        model.addAttribute("caseId", caseId);
        model.addAttribute("diff", diff);
        model.addAttribute("changes", diff.changes().stream().map(change -> new ShownChange(change.section(),
                change.kind(), fields(change.before()), fields(change.after()))).toList());
        return "diff";
    }

    /** A change as the page lists it: what the item said before and after, field by field. */
    record ShownChange(String section, PlanDiff.Kind kind, Map<String, Object> before, Map<String, Object> after) {
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fields(Object item) {
        if (item == null) {
            return Map.of();
        }
        Object value = json.convertValue(item, Object.class);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("value", value);
    }

    @GetMapping("/access-log")
    String accessLog(@RequestParam(required = false) UUID caseId, @RequestParam(required = false) UUID professionalId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @SupportedDate
                     LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @SupportedDate
                     LocalDate to,
                     @RequestParam(defaultValue = "0") @Max(PageResponse.LAST_PAGE) int page,
                     @AuthenticationPrincipal SignedInProfessional me,
                     RequestContext request, Model model) {
        model.addAttribute("entries", accessLog.entries(caseId, professionalId,
                from == null ? null : from.atStartOfDay(policy.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(policy.zone()).toInstant(),
                Math.max(page, 0), 100, me, request));
        model.addAttribute("professionals", directory.search(null, null, me.unitId(),
                PageRequest.of(0, 500)).getContent());
        model.addAttribute("caseId", caseId);
        model.addAttribute("professionalId", professionalId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "access-log";
    }

    /** The family's "who has seen our data" report, to print or send: the last two years. */
    @GetMapping("/cases/{caseId}/disclosures.pdf")
    ResponseEntity<byte[]> disclosureReport(@PathVariable UUID caseId, @RequestParam(required = false) UUID memberId,
                                            @AuthenticationPrincipal SignedInProfessional me,
                                            RequestContext request) {
        return disclosures.reportAsPdf(caseId, memberId, null, null, me, request);
    }
}
