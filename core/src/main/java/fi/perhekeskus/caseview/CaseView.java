package fi.perhekeskus.caseview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ContactDetails;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedStatus;
import fi.perhekeskus.plan.api.OwnNeeds;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.Responsible;

/**
 * A case as one professional may see it, in the shape of docs/api.md's case view. Professionals' names
 * are the directory's, read with the view. Lists are in the order their items were recorded.
 *
 * @param version    the sequence number of the case's last event, which a client sends back as {@code If-Match}
 * @param childViews the children's views about the plan as a whole; a view about a need is under that need
 * @param reviews    empty in a specialist's view
 * @param approval   the family's last approval; {@code null} if the plan was never approved, and in a
 *                   specialist's view
 */
public record CaseView(UUID id, long version, Status status, UUID unitId, KeyWorker keyWorker, Family family,
                       List<Need> needs, List<ChildView> childViews, List<Consent> consents, Network network,
                       List<Review> reviews, Approval approval) {

    public enum Status {
        OPEN,
        CLOSED
    }

    public CaseView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        needs = List.copyOf(needs);
        childViews = List.copyOf(childViews);
        consents = List.copyOf(consents);
        reviews = List.copyOf(reviews);
    }

    /** The adult whose own need this is, by the plan's rule ({@link OwnNeeds}); empty if it is no one's own. */
    public Optional<UUID> ownerOf(Need need) {
        return OwnNeeds.ownerOf(need.concernsMemberIds(), family.members().stream()
                .collect(Collectors.toMap(Member::id, Member::role)));
    }

    /** Named as the directory names them now; a professional missing from it has no name here. */
    public record KeyWorker(UUID id, String username, String displayName) {
    }

    /**
     * @param members  in a specialist's view, only the members a shared need concerns
     * @param language the family's language and whether it needs an interpreter, which everyone who
     *                 meets the family needs to know
     */
    public record Family(List<Member> members, FamilyLanguage language) {

        public Family {
            members = List.copyOf(members);
        }
    }

    /**
     * A member of the family, in the order they were recorded, those who have left it included: what
     * they said and decided stays in the plan and names them.
     *
     * @param displayName and {@code birthDate} as last corrected
     * @param birthDate   always present for a child, optional for an adult
     * @param left        when and why they left the family; absent while they are a member
     * @param nonDisclosure the member carries a non-disclosure marking (turvakielto): their contact
     *                      details and whereabouts are never shown to other members nor in anything
     *                      produced for them
     * @param contact     how the member is reached; absent where it may not be shown, and none recorded
     *                    is {@link ContactDetails#NONE}
     */
    public record Member(UUID id, MemberRole role, String displayName, LocalDate birthDate, Left left,
                         boolean nonDisclosure, ContactDetails contact) {

        public boolean current() {
            return left == null;
        }

        /** The member as shown where their contact details may not be. */
        public Member withoutContact() {
            return new Member(id, role, displayName, birthDate, left, nonDisclosure, null);
        }
    }

    /** @param note what was said with it; required when the reason is OTHER */
    public record Left(Instant at, FamilyMembershipEndReason reason, String note) {
    }

    /**
     * @param description in the family's own words, verbatim
     * @param outcome     present once the need is closed
     * @param outcomeNote the note it was closed with, if any
     * @param agreements  the answers that count for its status: each member's latest since the need
     *                    was last reworded (the history has them all)
     * @param confidential the adult whose own need it is keeps it from the other family members: it is
     *                     in nothing produced for them
     */
    public record Need(UUID id, String description, String professionalNote, NeedStatus status,
                       NeedOutcome outcome, String outcomeNote, Set<UUID> concernsMemberIds, NeedRaiser raisedBy,
                       List<Agreement> agreements, List<ChildView> childViews, List<SupportAction> actions,
                       boolean confidential) {

        public Need {
            concernsMemberIds = Set.copyOf(concernsMemberIds);
            agreements = List.copyOf(agreements);
            childViews = List.copyOf(childViews);
            actions = List.copyOf(actions);
        }
    }

    /** @param note what the member said with their answer, such as why they disagreed */
    public record Agreement(UUID memberId, AgreementDecision decision, AgreementChannel channel, Instant givenAt,
                            String note) {
    }

    /**
     * @param needId     absent for a view about the plan as a whole
     * @param view       absent when the child declined to say
     * @param recordedAt when it was recorded
     * @param wordsShownToGuardians whether the child's words may be shown to the guardians in what is
     *                              printed for the family
     * @param withheldFrom          the guardians the view is not shown to at all, nor in anything produced
     *                              for them
     */
    public record ChildView(UUID id, UUID childId, UUID needId, String view, HowHeard howHeard, Instant recordedAt,
                            boolean wordsShownToGuardians, Set<UUID> withheldFrom) {

        public ChildView {
            withheldFrom = Set.copyOf(withheldFrom);
        }
    }

    /** @param outcomeNote the note it was marked done with, or the reason it was cancelled */
    public record SupportAction(UUID id, UUID needId, String description, Responsible responsible, LocalDate dueDate,
                                Status status, String outcomeNote) {

        public enum Status {
            OPEN,
            COMPLETED,
            CANCELLED
        }
    }

    /**
     * A consent decision as recorded. A grant whose end has passed stays ACTIVE here until its expiry
     * is recorded (within the scheduler's polling interval); what a specialist sees never relies on
     * it past {@code endsAt}.
     *
     * @param needIds    in a specialist's view, only the shared needs among them
     * @param validUntil the last day of a grant; absent for a refusal, which stands until withdrawn
     * @param endsAt     the instant a grant stops counting: the start of the day after validUntil
     * @param withdrawnBy the family member who withdrew it, once withdrawn
     * @param withdrawalNote what was said with the withdrawal, if anything
     */
    public record Consent(UUID id, UUID givenBy, ConsentDecision decision, Recipient recipient, Set<UUID> needIds,
                          String purpose, LocalDate validUntil, Instant endsAt, Status status, UUID withdrawnBy,
                          String withdrawalNote) {

        public enum Status {
            ACTIVE,
            WITHDRAWN,
            EXPIRED
        }

        public Consent {
            needIds = Set.copyOf(needIds);
        }
    }

    /** In a specialist's view, only the specialist themself and their own invitations. */
    public record Network(List<NetworkMember> members, List<Invitation> invitations) {

        public Network {
            members = List.copyOf(members);
            invitations = List.copyOf(invitations);
        }
    }

    /**
     * A current member of the network.
     *
     * @param displayName as the directory names them now
     * @param unitId      the unit they were admitted with, which consents addressed to a unit are matched against
     * @param needIds     the needs they were admitted for; in their own view, only those shared with them now
     * @param since       when they first joined
     */
    public record NetworkMember(UUID professionalId, String displayName, UUID unitId, Set<UUID> needIds,
                                Instant since) {

        public NetworkMember {
            needIds = Set.copyOf(needIds);
        }
    }

    /**
     * @param needIds       in the invitee's view, only the needs shared with them now
     * @param expiresAt     the start of the day after respondBy
     * @param declineReason present once declined
     */
    public record Invitation(UUID id, UUID specialistId, UUID specialistUnitId, Set<UUID> needIds, String message,
                             LocalDate respondBy, Instant expiresAt, Status status, String declineReason) {

        public enum Status {
            PENDING,
            ACCEPTED,
            DECLINED,
            WITHDRAWN,
            EXPIRED,
            LAPSED
        }

        public Invitation {
            needIds = Set.copyOf(needIds);
        }
    }

    /** @param participants as the key worker wrote them: names or roles */
    public record Review(UUID id, LocalDate heldOn, List<String> participants, String summary, LocalDate nextReviewOn) {

        public Review {
            participants = List.copyOf(participants);
        }
    }

    /**
     * @param version              the plan version the family approved
     * @param approvedBy           the family member who approved it
     * @param changedSinceApproval anything but another approval has happened since
     */
    public record Approval(long version, UUID approvedBy, Instant approvedAt, boolean changedSinceApproval) {
    }
}
