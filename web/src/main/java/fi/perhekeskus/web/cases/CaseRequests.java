package fi.perhekeskus.web.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.PlanTexts;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.web.input.StorableText;
import fi.perhekeskus.web.input.SupportedDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The bodies of the plan's command endpoints (docs/api.md), checked for shape before anything else:
 * required fields, lengths, types, text PostgreSQL can keep and dates in the supported range
 * (docs/input.md). Whether the content is allowed is the plan's own decision.
 * Ids of new items are chosen by the server, never by the body.
 */
final class CaseRequests {

    static final int TEXT = PlanTexts.MAX_TEXT;
    static final int NAME = PlanTexts.MAX_NAME;
    static final int ITEMS = 50;
    /** A family of more members than this is no family a case is opened for. */
    static final int FAMILY_MAX = 20;
    private static final String UUID_PATTERN =
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}";

    private CaseRequests() {
    }

    record OpenCase(@NotNull @Valid Family family, UUID keyWorkerId) {
    }

    /** @param language absent is Finnish without an interpreter, as before the language was recorded */
    record Family(@NotEmpty @Size(max = FAMILY_MAX) List<@NotNull @Valid Member> members,
                  @Valid FamilyLanguage language) {
    }

    /**
     * @param code              a two-letter ISO 639-1 code; whether it names a language is the plan's decision
     * @param interpreterNeeded absent is no
     */
    record FamilyLanguage(@NotNull @Pattern(regexp = "[a-z]{2}") String code, Boolean interpreterNeeded) {
    }

    record Member(@NotNull MemberRole role, @NotNull @StorableText(max = NAME) String displayName,
                  @SupportedDate LocalDate birthDate) {
    }

    /** @param note required when the reason is OTHER, which the plan checks */
    record MemberLeaving(@NotNull FamilyMembershipEndReason reason, @StorableText(max = TEXT) String note) {
    }

    /** The member's name and birth date as they should read: both, as a correction replaces them. */
    record MemberCorrection(@NotNull @StorableText(max = NAME) String displayName, @SupportedDate LocalDate birthDate,
                            @StorableText(max = TEXT) String note) {
    }

    record HandOver(@NotNull UUID newKeyWorkerId, @NotNull @StorableText(max = TEXT) String reason) {
    }

    /** {@code raisedBy} is a family member's id, or {@code KEY_WORKER}. */
    record RecordNeed(@NotNull @StorableText(max = TEXT) String description,
                      @NotNull @Pattern(regexp = "KEY_WORKER|" + UUID_PATTERN) String raisedBy,
                      @NotEmpty @Size(max = ITEMS) Set<@NotNull UUID> concernsMemberIds,
                      @StorableText(max = TEXT) String professionalNote) {
    }

    record ReviseNeed(@NotNull @StorableText(max = TEXT) String description,
                      @StorableText(max = TEXT) String professionalNote) {
    }

    record Agreement(@NotNull UUID memberId, @NotNull AgreementDecision decision, @NotNull AgreementChannel channel,
                     @NotNull @SupportedDate Instant givenAt, @StorableText(max = TEXT) String note) {
    }

    record NeedClosure(@NotNull NeedOutcome outcome, @StorableText(max = TEXT) String note) {
    }

    /** @param wordsShownToGuardians absent is no: the child's words are not printed for the guardians */
    record ChildView(@NotNull UUID childId, UUID needId, @StorableText(max = TEXT) String view,
                     @NotNull HowHeard howHeard, Boolean wordsShownToGuardians) {
    }

    record Action(@NotNull UUID needId, @NotNull @StorableText(max = TEXT) String description,
                  @NotNull @Valid Responsible responsible, @NotNull @SupportedDate LocalDate dueDate) {
    }

    record Note(@StorableText(max = TEXT) String note) {
    }

    record Consent(@NotNull UUID givenBy, @NotNull ConsentDecision decision, @NotNull @Valid Recipient recipient,
                   @NotEmpty @Size(max = ITEMS) Set<@NotNull UUID> needIds, @StorableText(max = TEXT) String purpose,
                   @SupportedDate LocalDate validUntil, @NotNull ConsentForm form, Boolean childMaturityAssessed) {
    }

    record ConsentWithdrawal(@NotNull UUID withdrawnBy, @StorableText(max = TEXT) String note) {
    }

    record Invitation(@NotNull UUID specialistId, @NotEmpty @Size(max = ITEMS) Set<@NotNull UUID> needIds,
                      @StorableText(max = TEXT) String message, @NotNull @SupportedDate LocalDate respondBy) {
    }

    record Reason(@StorableText(max = TEXT) String reason) {
    }

    record RequiredReason(@NotNull @StorableText(max = TEXT) String reason) {
    }

    record Review(@NotNull @SupportedDate LocalDate heldOn,
                  @NotEmpty @Size(max = ITEMS) List<@NotNull @StorableText(max = NAME) String> participants,
                  @NotNull @StorableText(max = TEXT) String summary, @NotNull @SupportedDate LocalDate nextReviewOn) {
    }

    record Approval(@NotNull UUID approvedBy, @NotNull @PositiveOrZero Long version) {
    }
}
