package fi.perhekeskus.web.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.Responsible;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The bodies of the plan's command endpoints (api.md), checked for shape before anything else:
 * required fields, lengths, types. Whether the content is allowed is the plan's own decision.
 * Ids of new items are chosen by the server, never by the body.
 */
final class CaseRequests {

    static final int TEXT = 4000;
    static final int NAME = 200;
    static final int ITEMS = 50;

    private CaseRequests() {
    }

    record OpenCase(@NotNull @Valid Family family, UUID keyWorkerId) {
    }

    record Family(@NotEmpty @Size(max = 20) List<@NotNull @Valid Member> members) {
    }

    record Member(@NotNull MemberRole role, @NotNull @Size(max = NAME) String displayName, LocalDate birthDate) {
    }

    record HandOver(@NotNull UUID newKeyWorkerId, @NotNull @Size(max = TEXT) String reason) {
    }

    /** {@code raisedBy} is a family member's id, or {@code KEY_WORKER}. */
    record RecordNeed(@NotNull @Size(max = TEXT) String description,
                      @NotNull @Pattern(regexp = "KEY_WORKER|[0-9a-fA-F-]{36}") String raisedBy,
                      @NotEmpty @Size(max = ITEMS) Set<@NotNull UUID> concernsMemberIds,
                      @Size(max = TEXT) String professionalNote) {
    }

    record ReviseNeed(@NotNull @Size(max = TEXT) String description, @Size(max = TEXT) String professionalNote) {
    }

    record Agreement(@NotNull UUID memberId, @NotNull AgreementDecision decision, @NotNull AgreementChannel channel,
                     @NotNull Instant givenAt, @Size(max = TEXT) String note) {
    }

    record NeedClosure(@NotNull NeedOutcome outcome, @Size(max = TEXT) String note) {
    }

    record ChildView(@NotNull UUID childId, UUID needId, @Size(max = TEXT) String view, @NotNull HowHeard howHeard) {
    }

    record Action(@NotNull UUID needId, @NotNull @Size(max = TEXT) String description,
                  @NotNull @Valid Responsible responsible, @NotNull LocalDate dueDate) {
    }

    record Note(@Size(max = TEXT) String note) {
    }

    record Consent(@NotNull UUID givenBy, @NotNull ConsentDecision decision, @NotNull @Valid Recipient recipient,
                   @NotEmpty @Size(max = ITEMS) Set<@NotNull UUID> needIds, @Size(max = TEXT) String purpose,
                   LocalDate validUntil, @NotNull ConsentForm form, Boolean childMaturityAssessed) {
    }

    record ConsentWithdrawal(@NotNull UUID withdrawnBy, @Size(max = TEXT) String note) {
    }

    record Invitation(@NotNull UUID specialistId, @NotEmpty @Size(max = ITEMS) Set<@NotNull UUID> needIds,
                      @Size(max = TEXT) String message, @NotNull LocalDate respondBy) {
    }

    record Reason(@Size(max = TEXT) String reason) {
    }

    record RequiredReason(@NotNull @Size(max = TEXT) String reason) {
    }

    record Review(@NotNull LocalDate heldOn, @NotEmpty @Size(max = ITEMS) List<@NotNull @Size(max = NAME) String> participants,
                  @NotNull @Size(max = TEXT) String summary, @NotNull LocalDate nextReviewOn) {
    }

    record Approval(@NotNull UUID approvedBy, @NotNull @PositiveOrZero Long version) {
    }
}
