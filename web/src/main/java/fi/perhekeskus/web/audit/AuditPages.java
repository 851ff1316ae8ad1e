package fi.perhekeskus.web.audit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.perhekeskus.audit.history.HistoryEntry;
import fi.perhekeskus.audit.history.PlanHistory;
import fi.perhekeskus.audit.versions.PastPlans;
import fi.perhekeskus.audit.versions.PlanDiff;
import fi.perhekeskus.audit.versions.PlanVersion;
import fi.perhekeskus.audit.versions.PlanVersions;
import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.caseview.CaseViewQuery;
import fi.perhekeskus.caseview.Visibility;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.cases.PlanNames;
import fi.perhekeskus.web.input.SupportedDate;
import fi.perhekeskus.web.pages.PageController;
import fi.perhekeskus.web.problems.InvalidReference;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

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
    private final AccessLogReview accessLog;
    private final DisclosureReportController disclosures;
    private final ProfessionalRepository directory;
    private final ConsentPolicy policy;
    private final PlanNames names;
    private final CaseViewQuery live;
    private final HistoryWords words;
    private final DiffWords diffWords;
    private final AccessWords accessWords;

    AuditPages(PlanHistory history, PlanVersions versions, PastPlans past, AuditReads reads, AccessLogReview accessLog,
               DisclosureReportController disclosures, ProfessionalRepository directory, ConsentPolicy policy,
               PlanNames names, CaseViewQuery live, HistoryWords words, DiffWords diffWords, AccessWords accessWords) {
        this.history = history;
        this.versions = versions;
        this.past = past;
        this.reads = reads;
        this.accessLog = accessLog;
        this.disclosures = disclosures;
        this.directory = directory;
        this.policy = policy;
        this.names = names;
        this.live = live;
        this.words = words;
        this.diffWords = diffWords;
        this.accessWords = accessWords;
    }

    /** A page of the history, oldest first, each change in words, with the family's approvals of the versions it lists. */
    @GetMapping("/cases/{caseId}/history")
    String history(@PathVariable UUID caseId,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.LAST_PAGE) int page,
                   @AuthenticationPrincipal SignedInProfessional me, Locale locale, RequestContext request,
                   Model model) {
        Looked looked = reads.read(caseId, me, request, () -> history.of(caseId, locale,
                        PageRequest.of(Math.max(page, 0), HISTORY_PAGE))
                .flatMap(entries -> versions.of(caseId).flatMap(all -> live.view(caseId, Visibility.ALL)
                        .map(plan -> new Looked(entries, all, plan)))));
        HistoryWords.Names named = named(looked.plan());
        model.addAttribute("caseId", caseId);
        model.addAttribute("family", PlanNames.family(looked.plan()));
        model.addAttribute("entries", PageResponse.of(looked.entries(), entry -> entry));
        model.addAttribute("said", looked.entries().getContent().stream()
                .collect(Collectors.toMap(HistoryEntry::sequence, entry -> words.of(entry, named))));
        model.addAttribute("versions", looked.versions());
        model.addAttribute("approvals", looked.versions().versions().stream()
                .filter(version -> version.approval() != null)
                .collect(Collectors.toMap(PlanVersion::version, PlanVersion::approval)));
        return "history";
    }

    /** What a look at the history reads in one go: a page of it, every version, and the plan now to name things by. */
    private record Looked(Page<HistoryEntry> entries, PlanVersions.Versions versions, CaseView plan) {
    }

    private HistoryWords.Names named(CaseView plan) {
        return HistoryWords.Names.of(plan, names.of(plan));
    }

    /**
     * The plan as it stood: after a version picked from the history, or at the end of a day (or at a
     * time of it) in the family centre's time zone, with who could see what then.
     */
    @GetMapping("/cases/{caseId}/plan")
    String planThen(@PathVariable UUID caseId,
                    @RequestParam(required = false) @Min(0) @Max(PageResponse.LAST_PAGE) Long version,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @SupportedDate
                    LocalDate on,
                    @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
                    @AuthenticationPrincipal SignedInProfessional me, RequestContext request, Model model) {
        if (version == null && on == null) {
            throw new InvalidReference("on", "Pick a version or a day");
        }
        var then = reads.read(caseId, me, request, () -> version != null ? past.atVersion(caseId, version)
                : past.at(caseId, time == null
                        ? on.plusDays(1).atStartOfDay(policy.zone()).toInstant().minusNanos(1)
                        : on.atTime(time).atZone(policy.zone()).toInstant()));
        model.addAttribute("caseId", caseId);
        model.addAttribute("then", then);
        model.addAttribute("plan", then.plan());
        model.addAttribute("family", PlanNames.family(then.plan()));
        model.addAttribute("names", names.forPage(then.plan()));
        // The plan as it stood is read only: the shared fragment offers none of the actions it names.
        model.addAttribute("may", Set.of());
        return "plan-on";
    }

    @GetMapping("/cases/{caseId}/diff")
    String diff(@PathVariable UUID caseId, @RequestParam @Min(0) @Max(PageResponse.LAST_PAGE) long from,
                @RequestParam @Min(0) @Max(PageResponse.LAST_PAGE) long to,
                @AuthenticationPrincipal SignedInProfessional me, RequestContext request, Model model) {
        Compared compared = reads.read(caseId, me, request, () -> past.diff(caseId, from, to)
                .flatMap(diff -> live.view(caseId, Visibility.ALL).map(plan -> new Compared(diff, plan))));
        model.addAttribute("caseId", caseId);
        model.addAttribute("family", PlanNames.family(compared.plan()));
        model.addAttribute("diff", compared.diff());
        model.addAttribute("changes", diffWords.of(compared.diff(), named(compared.plan())));
        return "diff";
    }

    /** A diff, and the plan now, whose names the changed items are told by. */
    private record Compared(PlanDiff diff, CaseView plan) {
    }

    /**
     * The unit's access log in words: who, which family, what they looked at or did, on what basis. A
     * family is picked by its members' names, and naming the unit's families is a read of each, so
     * each is in the access log as a listed case is.
     */
    @GetMapping("/access-log")
    String accessLog(@RequestParam(required = false) UUID caseId, @RequestParam(required = false) UUID professionalId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @SupportedDate
                     LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @SupportedDate
                     LocalDate to,
                     @RequestParam(defaultValue = "0") @Max(PageResponse.LAST_PAGE) int page,
                     @AuthenticationPrincipal SignedInProfessional me,
                     RequestContext request, Model model) {
        var entries = accessLog.entries(caseId, professionalId,
                from == null ? null : from.atStartOfDay(policy.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(policy.zone()).toInstant(),
                Math.max(page, 0), 100, me, request);
        Map<UUID, String> families = accessLog.familiesOfUnit(me, request).entrySet().stream()
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, same) -> first,
                        LinkedHashMap::new));
        model.addAttribute("entries", entries);
        model.addAttribute("families", families);
        model.addAttribute("seen", entries.items().stream().map(entry -> accessWords.of(entry)).toList());
        model.addAttribute("professionals", directory.search(null, null, me.unitId(),
                PageRequest.of(0, 500)).getContent());
        model.addAttribute("caseId", caseId);
        model.addAttribute("professionalId", professionalId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "access-log";
    }

    /** The family's "who has seen our data" report, to print or send: the last two years, in the family's language. */
    @GetMapping("/cases/{caseId}/disclosures.pdf")
    ResponseEntity<byte[]> disclosureReport(@PathVariable UUID caseId, @RequestParam(required = false) UUID memberId,
                                            @RequestParam(required = false) @Pattern(regexp = "fi|sv|en")
                                            String language,
                                            @AuthenticationPrincipal SignedInProfessional me,
                                            RequestContext request, Locale locale) {
        return disclosures.reportAsPdf(caseId, memberId, null, null, language, me, request, locale);
    }
}
