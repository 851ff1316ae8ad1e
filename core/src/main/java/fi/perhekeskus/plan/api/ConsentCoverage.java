package fi.perhekeskus.plan.api;

import static fi.perhekeskus.plan.api.ConsentCoverage.Verdict.CHILD_REFUSED;
import static fi.perhekeskus.plan.api.ConsentCoverage.Verdict.CONSENT_MISSING;
import static fi.perhekeskus.plan.api.ConsentCoverage.Verdict.CONSENT_REFUSED;
import static fi.perhekeskus.plan.api.ConsentCoverage.Verdict.COVERED;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a need may be shared with a specialist, given the family's consent decisions. The plan
 * decides invitations and memberships with it, and projections decide what a specialist sees with
 * it, so that both apply the same rule. It has no side effects.
 *
 * <p>For one need and one specialist:
 * <ul>
 * <li>a decision counts if it names the need, is addressed to the specialist or to their unit, and is
 *     still in force at {@code at};</li>
 * <li>every member the need concerns has their own part. A part is decided by the member themself
 *     or, for a child, by a guardian, unless the child has decided personally: then only the
 *     child's own decision counts, and no guardian can override it;</li>
 * <li>a refusal that counts blocks the part; otherwise a grant that counts covers it; otherwise the
 *     part is missing;</li>
 * <li>the need may be shared only if every part is covered.</li>
 * </ul>
 *
 * <p>{@link #parts} says the same member by member, for people: whose consent is missing, who
 * refused, and which grants would have counted had their end date not passed.
 *
 * @param family   every family member's role, by member id
 * @param standing the decisions neither withdrawn nor recorded as expired
 * @param ended    grants recorded as expired: they count for nothing, and are only named when a part is
 *                 missing because of them
 * @param at       the instant asked about; a decision whose end has passed no longer counts, even
 *                 before its expiry has been recorded
 */
public record ConsentCoverage(Map<UUID, MemberRole> family, Collection<StandingConsent> standing,
                              Collection<StandingConsent> ended, Instant at) {

    public ConsentCoverage {
        family = Map.copyOf(family);
        standing = List.copyOf(standing);
        ended = List.copyOf(ended);
        Objects.requireNonNull(at, "at");
    }

    /** For deciding only: the plan's commands never need to say why a part is missing. */
    public ConsentCoverage(Map<UUID, MemberRole> family, Collection<StandingConsent> standing, Instant at) {
        this(family, standing, List.of(), at);
    }

    /**
     * A consent decision that has not been withdrawn or recorded as expired.
     *
     * @param endsAt when a grant stops counting; {@code null} for a refusal, which stands until withdrawn
     */
    public record StandingConsent(UUID consentId, UUID givenBy, ConsentDecision decision, Recipient recipient,
                                  Set<UUID> needIds, Instant endsAt) {

        public StandingConsent {
            Objects.requireNonNull(consentId, "consentId");
            Objects.requireNonNull(givenBy, "givenBy");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(recipient, "recipient");
            needIds = Set.copyOf(needIds);
        }

        public boolean inForceAt(Instant at) {
            return endsAt == null || at.isBefore(endsAt);
        }
    }

    /** Whoever data would be shared with: a consent counts for them if it is addressed to them. */
    public sealed interface Audience permits Specialist, External {

        boolean isAddressedBy(Recipient recipient);
    }

    /** The professional data would be shared with, and the unit they belong to. */
    public record Specialist(UUID professionalId, UUID unitId) implements Audience {

        public Specialist {
            Objects.requireNonNull(professionalId, "professionalId");
            Objects.requireNonNull(unitId, "unitId");
        }

        public boolean isAddressedBy(Recipient recipient) {
            return switch (recipient.kind()) {
                case PROFESSIONAL -> recipient.id().equals(professionalId);
                case UNIT -> recipient.id().equals(unitId);
                case EXTERNAL -> false;
            };
        }
    }

    /** An external participant of the network, who is told what the family consented to and sees nothing. */
    public record External(UUID participantId) implements Audience {

        public External {
            Objects.requireNonNull(participantId, "participantId");
        }

        @Override
        public boolean isAddressedBy(Recipient recipient) {
            return recipient.kind() == Recipient.Kind.EXTERNAL && recipient.id().equals(participantId);
        }
    }

    /** The outcome for a need, from best to worst; a need takes the worst outcome of its members' parts. */
    public enum Verdict {
        COVERED,
        CONSENT_MISSING,
        CONSENT_REFUSED,
        CHILD_REFUSED
    }

    /**
     * @param consentIds the grants relied on when covered, the refusals that block when refused, none when missing
     */
    public record Coverage(UUID needId, Verdict verdict, Set<UUID> consentIds) {

        public Coverage {
            Objects.requireNonNull(needId, "needId");
            Objects.requireNonNull(verdict, "verdict");
            consentIds = Set.copyOf(consentIds);
        }

        public boolean covered() {
            return verdict == COVERED;
        }
    }

    /**
     * One concerned member's part in sharing a need.
     *
     * @param consentIds  as for {@link Coverage}: the grants relied on, or the refusals that block
     * @param endedGrants when the part is missing: grants that would have covered it had their end date
     *                    not passed; empty otherwise
     */
    public record Part(UUID memberId, Verdict verdict, Set<UUID> consentIds, Set<UUID> endedGrants) {

        public Part {
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(verdict, "verdict");
            consentIds = Set.copyOf(consentIds);
            endedGrants = Set.copyOf(endedGrants);
        }
    }

    /** Whether the need, concerning the given members, may be shared with the audience at {@link #at}. */
    public Coverage of(UUID needId, Set<UUID> concernedMemberIds, Audience specialist) {
        if (concernedMemberIds.isEmpty()) {
            return new Coverage(needId, CONSENT_MISSING, Set.of());
        }
        Verdict worst = COVERED;
        Set<UUID> basis = new LinkedHashSet<>();
        for (Part part : parts(needId, concernedMemberIds, specialist)) {
            if (part.verdict().compareTo(worst) > 0) {
                worst = part.verdict();
                basis.clear();
            }
            if (part.verdict() == worst) {
                basis.addAll(part.consentIds());
            }
        }
        return new Coverage(needId, worst, basis);
    }

    /**
     * Each concerned member's part, in the order given: the need may be shared exactly when every part
     * is {@link Verdict#COVERED}, which is what {@link #of} decides.
     */
    public List<Part> parts(UUID needId, Collection<UUID> concernedMemberIds, Audience specialist) {
        List<StandingConsent> counting = standing.stream()
                .filter(consent -> consent.inForceAt(at) && about(consent, needId, specialist))
                .toList();
        return concernedMemberIds.stream().map(member -> partOf(needId, member, counting, specialist)).toList();
    }

    private static boolean about(StandingConsent consent, UUID needId, Audience specialist) {
        return consent.needIds().contains(needId) && specialist.isAddressedBy(consent.recipient());
    }

    /** Whether the member may decide on sharing data that concerns at least one of the given members. */
    public boolean mayDecide(UUID giverId, Set<UUID> concernedMemberIds) {
        return concernedMemberIds.stream().anyMatch(member -> decidesFor(giverId, member));
    }

    private boolean decidesFor(UUID giverId, UUID memberId) {
        return giverId.equals(memberId)
                || family.get(giverId) == MemberRole.GUARDIAN && family.get(memberId) == MemberRole.CHILD;
    }

    private Part partOf(UUID needId, UUID memberId, List<StandingConsent> counting, Audience specialist) {
        List<StandingConsent> own = counting.stream().filter(consent -> consent.givenBy().equals(memberId)).toList();
        boolean childDecidedPersonally = family.get(memberId) == MemberRole.CHILD && !own.isEmpty();
        List<StandingConsent> deciding = childDecidedPersonally
                ? own
                : counting.stream().filter(consent -> decidesFor(consent.givenBy(), memberId)).toList();
        Set<UUID> refusals = idsOf(deciding, ConsentDecision.REFUSE);
        if (!refusals.isEmpty()) {
            return new Part(memberId, childDecidedPersonally ? CHILD_REFUSED : CONSENT_REFUSED, refusals, Set.of());
        }
        Set<UUID> grants = idsOf(deciding, ConsentDecision.GRANT);
        if (!grants.isEmpty()) {
            return new Part(memberId, COVERED, grants, Set.of());
        }
        List<StandingConsent> pastTheirEnd = Stream.concat(standing.stream(), ended.stream())
                .filter(consent -> !consent.inForceAt(at) && about(consent, needId, specialist)
                        && decidesFor(consent.givenBy(), memberId))
                .toList();
        return new Part(memberId, CONSENT_MISSING, Set.of(), idsOf(pastTheirEnd, ConsentDecision.GRANT));
    }

    private static Set<UUID> idsOf(List<StandingConsent> consents, ConsentDecision decision) {
        return consents.stream()
                .filter(consent -> consent.decision() == decision)
                .map(StandingConsent::consentId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
