package fi.perhekeskus.web.audit;

import java.time.Instant;
import java.util.UUID;

import fi.perhekeskus.audit.versions.PastPlans;
import fi.perhekeskus.audit.versions.PlanVersions;
import fi.perhekeskus.web.input.SupportedDate;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The plan as it stood at a moment, its versions, and what changed between two of them. */
@RestController
class PlanAuditController {

    private final PastPlans past;
    private final PlanVersions versions;
    private final AuditReads reads;
    private final AuditResponseMapper responses;

    PlanAuditController(PastPlans past, PlanVersions versions, AuditReads reads, AuditResponseMapper responses) {
        this.past = past;
        this.versions = versions;
        this.reads = reads;
        this.responses = responses;
    }

    /** The whole plan at {@code at}, with who could see which needs then; 404 before the case was opened. */
    @GetMapping("/api/v1/cases/{caseId}/plan")
    PastPlanResponse planAt(@PathVariable UUID caseId, @RequestParam @SupportedDate Instant at,
                            @AuthenticationPrincipal SignedInProfessional me, RequestContext request) {
        return responses.pastPlan(reads.read(caseId, me, request, () -> past.at(caseId, at)));
    }

    @GetMapping("/api/v1/cases/{caseId}/plan/versions")
    PlanVersions.Versions versions(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInProfessional me,
                                   RequestContext request) {
        return reads.read(caseId, me, request, () -> versions.of(caseId));
    }

    @GetMapping("/api/v1/cases/{caseId}/plan/diff")
    DiffResponse diff(@PathVariable UUID caseId, @RequestParam @PositiveOrZero long from,
                      @RequestParam @PositiveOrZero long to, @AuthenticationPrincipal SignedInProfessional me,
                      RequestContext request) {
        return responses.diff(reads.read(caseId, me, request, () -> past.diff(caseId, from, to)));
    }
}
