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
import fi.perhekeskus.plan.api.ExternalParticipantKind;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMembershipEndReason;
import fi.perhekeskus.plan.api.HowHeard;
import fi.perhekeskus.plan.api.LegalBasis;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedFollowUp;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedStatus;
import fi.perhekeskus.plan.api.OwnNeeds;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.Responsible;
import fi.perhekeskus.plan.api.ReviewParticipant;

/**
 * A case as one professional may see it, in the shape of docs/api.md's case view. Professionals' names
 * are the directory's, read with the view. Lists are in the order their items were recorded.
 *
 * @param version    the sequence number of the case's last event, which a client sends back as {@code If-Match}
 * @param childViews the children's views about the plan as a whole; a view about a need is under that need
 * @param reviews    empty in a specialist's view
 * @param approval   the family's last approval; {@code null} if the plan was never approved, and in a
 *                   specialist's view
 * @param closing    the case's last closing, kept when it is reopened; {@code null} if it was never
 *                   closed, and in a specialist's view
 * @param disclosures what was told to external participants and disclosed on a legal basis; empty in a
 *                    specialist's view
 * @param earlierCaseId the family's closed case this one follows on from, if any
 * @param laterCaseIds  the family's cases opened to follow on from this one; none in a specialist's
 *                      view, and none in a past state, which knows only its own case
 */
public record CaseView(UUID id, long version, Status status, UUID unitId, KeyWorker keyWorker, Family family,
                       List<Need> needs, List<ChildView> childViews, List<Consent> consents, Network network,
                       List<Review> reviews, Approval approval, Closing closing, List<Disclosure> disclosures,
                       UUID earlierCaseId, List<UUID> laterCaseIds) {

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
        disclosures = List.copyOf(disclosures);
        laterCaseIds = List.copyOf(laterCaseIds);
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
     * @param goal        its goal as last set; {@code null} until one is set
     * @param agreements  the answers that count for its status: each member's latest since the need
     *                    was last reworded (the history has them all)
     * @param confidential the adult whose own need it is keeps it from the other family members: it is
     *                     in nothing produced for them
     */
    public record Need(UUID id, String description, String professionalNote, NeedStatus status,
                       NeedOutcome outcome, String outcomeNote, Goal goal, Set<UUID> concernsMemberIds,
                       NeedRaiser raisedBy, List<Agreement> agreements, List<ChildView> childViews,
                       List<SupportAction> actions, boolean confidential) {

        public Need {
            concernsMemberIds = Set.copyOf(concernsMemberIds);
            agreements = List.copyOf(agreements);
            childViews = List.copyOf(childViews);
            actions = List.copyOf(actions);
        }
    }

    /** A need's goal in the family's own words. */
    public record Goal(String whatWillBeDifferent, String howWeWillNotice) {
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

    /**
     * @param outcomeNote the note it was marked done or handed on with, or the reason it was cancelled
     * @param handedOnTo  the service that carries it on, once handed on
     */
    public record SupportAction(UUID id, UUID needId, String description, Responsible responsible, LocalDate dueDate,
                                Status status, String outcomeNote, String handedOnTo) {

        public enum Status {
            OPEN,
            COMPLETED,
            CANCELLED,
            HANDED_ON
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

    /**
     * In a specialist's view, only the specialist themself and their own invitations.
     *
     * @param externals the participants who are no users of the system, those who left included; none in a
     *                  specialist's view
     */
    public record Network(List<NetworkMember> members, List<Invitation> invitations,
                          List<ExternalParticipant> externals) {

        public Network {
            members = List.copyOf(members);
            invitations = List.copyOf(invitations);
            externals = List.copyOf(externals);
        }
    }

    /**
     * A participant of the network who is no user of the system: told what the family consented to,
     * seeing nothing.
     *
     * @param organisation where they work, if given
     * @param removedAt    when they left the network; absent while they are part of it
     */
    public record ExternalParticipant(UUID id, String name, String organisation, ExternalParticipantKind kind,
                                      Instant since, Instant removedAt, String removalReason) {

        public boolean current() {
            return removedAt == null;
        }

        /** As the family and the pages name them: "Liisa Laine (Kirkonkylän koulu)". */
        public String withOrganisation() {
            return organisation == null ? name : name + " (" + organisation + ")";
        }
    }

    /**
     * A disclosure recorded in the plan.
     *
     * @param participantId     the external participant told, for {@code TOLD_PARTICIPANT}
     * @param legalBasis        and {@code provision}, for {@code LEGAL_BASIS}
     * @param recipient         the authority a legal-basis disclosure was made to; the participant's name
     *                          as it was when they were told
     * @param concernsMemberIds whose data it was
     * @param consentIds        the consents it relied on; none for a legal basis
     * @param told              what was told or disclosed
     * @param recordedAt        when it was recorded
     */
    public record Disclosure(UUID id, Kind kind, UUID participantId, LegalBasis legalBasis, String provision,
                             String recipient, Set<UUID> concernsMemberIds, Set<UUID> needIds, Set<UUID> consentIds,
                             String told, LocalDate disclosedOn, Instant recordedAt) {

        public enum Kind {
            TOLD_PARTICIPANT,
            LEGAL_BASIS
        }

        public Disclosure {
            concernsMemberIds = Set.copyOf(concernsMemberIds);
            needIds = Set.copyOf(needIds);
            consentIds = Set.copyOf(consentIds);
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

    /**
     * A review of the plan (seuranta).
     *
     * @param participants a professional's name is the directory's now; a review recorded before
     *                     participants were told apart has them NAMED, as written
     * @param followUps    how each need open at the review was followed up
     * @param nextReviewOn none once the review closed every need still open
     */
    public record Review(UUID id, LocalDate heldOn, List<ReviewParticipant> participants, String summary,
                         List<NeedFollowUp> followUps, LocalDate nextReviewOn) {

        public Review {
            participants = List.copyOf(participants);
            followUps = List.copyOf(followUps);
        }
    }

    /**
     * @param summaryForFamily the closing summary written for the family; none for a case closed before it was asked
     * @param referredTo       where the family was referred, if anywhere
     * @param reopenedBecause  why the case was reopened since; {@code null} while it stays closed
     */
    public record Closing(Instant closedAt, String reason, String summaryForFamily, String referredTo,
                          String reopenedBecause) {
    }

    /**
     * @param version              the plan version the family approved
     * @param approvedBy           the family member who approved it
     * @param changedSinceApproval anything but another approval has happened since
     */
    public record Approval(long version, UUID approvedBy, Instant approvedAt, boolean changedSinceApproval) {
    }
}
