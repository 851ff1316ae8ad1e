package fi.perhekeskus.plan.api;

/**
 * The rules of the shared plan. Each name is a stable code that clients receive in a refusal and
 * may rely on; the text explains the refusal for the item it names.
 */
public enum PlanRule {

    /** The case is closed and its plan is read-only. */
    CASE_CLOSED("case %s is closed; its plan is read-only"),
    /** A case needs at least one child in the family. */
    FAMILY_WITHOUT_CHILD("the family of case %s has no child"),
    /** Every child must have a birth date. */
    CHILD_BIRTH_DATE_MISSING("child %s has no birth date"),
    /** A birth date cannot lie in the future. */
    BIRTH_DATE_IN_FUTURE("member %s has a birth date in the future"),
    /** Every family member needs a name to be shown. */
    DISPLAY_NAME_REQUIRED("member %s has no display name"),
    /** An id chosen by the caller is already taken by another item of the case. */
    ID_ALREADY_USED("id %s is already used in this case"),
    /** A text is longer than the plan keeps. */
    TEXT_TOO_LONG("%s is too long"),
    /** A text holds what is no character (NUL, or half of a surrogate pair) and cannot be kept. */
    TEXT_NOT_STORABLE("%s holds something that is not a character"),
    /** A language is named by its two-letter ISO 639-1 code. */
    UNKNOWN_LANGUAGE("%s is not a language code of ISO 639-1"),
    /** The family's language is already recorded as given. */
    FAMILY_LANGUAGE_UNCHANGED("the family's language in case %s is already recorded so"),
    /** The named person is not a member of the family. */
    UNKNOWN_MEMBER("%s is not a member of this family"),
    /** A member who has left the family cannot be named in anything new, nor leave again. */
    MEMBER_HAS_LEFT("member %s has left the family"),
    /** Only a child who has turned 18 leaves the family as come of age. */
    NOT_OF_AGE("member %s has not turned 18"),
    /** A guardian is of age: no member recorded or corrected as a guardian may be under 18. */
    GUARDIAN_UNDER_AGE("guardian %s would be under 18"),
    /** A correction must change the member's name or birth date. */
    CORRECTION_CHANGES_NOTHING("the correction of member %s changes nothing"),
    /** The named person is already the key worker. */
    SAME_KEY_WORKER("%s is already the key worker of this case"),
    /** Only the case's key worker may do this. */
    NOT_KEY_WORKER("%s is not the key worker of this case"),
    /** A reason must be given. */
    REASON_REQUIRED("a reason is required for %s"),
    /** The case has no need with this id. */
    UNKNOWN_NEED("need %s does not exist in this case"),
    /** A need must be described in the family's own words. */
    DESCRIPTION_REQUIRED("%s has no description"),
    /** A need must name at least one family member it concerns. */
    CONCERNED_MEMBERS_REQUIRED("need %s does not name whom it concerns"),
    /** The need is closed; nothing more can be recorded on it. */
    NEED_CLOSED("need %s is closed"),
    /** The need has not been agreed by the family. */
    NEED_NOT_AGREED("need %s has not been agreed by the family"),
    /** A need cannot be closed while support actions for it are open. */
    NEED_HAS_OPEN_ACTIONS("need %s still has open support actions"),
    /** An answer cannot be dated in the future. */
    GIVEN_AT_IN_FUTURE("the answer on need %s is dated in the future"),
    /** Only a child's view can be recorded as a child's view. */
    NOT_A_CHILD("member %s is not a child"),
    /** A child's view needs content unless the child declined to say. */
    VIEW_REQUIRED("child's view %s has no content"),
    /** The case has no support action with this id. */
    UNKNOWN_ACTION("support action %s does not exist in this case"),
    /** The support action is already completed or cancelled. */
    ACTION_NOT_OPEN("support action %s is already completed or cancelled"),
    /** A support action cannot be due before today. */
    DUE_DATE_IN_PAST("support action %s is due before today"),
    /** Only the key worker or the responsible network member may complete the action. */
    NOT_RESPONSIBLE("only the key worker or the responsible network member may complete support action %s"),
    /** The named professional is not a network member of the case. */
    NOT_A_MEMBER("%s is not a network member of this case"),
    /** The network member is not allowed to see this need. */
    NEED_NOT_SHARED_WITH_MEMBER("need %s is not shared with that network member"),
    /** A consent or invitation must name at least one need. */
    NEEDS_REQUIRED("%s names no needs"),
    /** A consent must say what the data is shared for. */
    PURPOSE_REQUIRED("consent %s has no purpose"),
    /** The family member may not decide on sharing this need. */
    CONSENT_GIVER_NOT_ENTITLED("the family member may not decide on sharing need %s"),
    /**
     * A child under 12 decides personally only once the key worker has assessed, by the child's age
     * and level of development, that the child understands the matter.
     */
    CHILD_MATURITY_NOT_ASSESSED("child %s is under 12 and has not been assessed as able to decide"),
    /** A consent must say until when it is valid. */
    CONSENT_END_DATE_REQUIRED("consent %s has no end date"),
    /** A refusal stands until withdrawn and takes no end date. */
    REFUSAL_HAS_NO_END_DATE("refusal %s stands until withdrawn and takes no end date"),
    /** A consent must be valid beyond today. */
    CONSENT_END_IN_PAST("consent %s must last at least through today"),
    /** A consent may not last longer than the deployment allows. */
    CONSENT_TOO_LONG("consent %s ends later than the longest validity allowed"),
    /** The case has no consent with this id. */
    UNKNOWN_CONSENT("consent %s does not exist in this case"),
    /** The consent has been withdrawn or has ended. */
    CONSENT_NOT_ACTIVE("consent %s has been withdrawn or has ended"),
    /** The family member may not withdraw this consent decision. */
    WITHDRAWER_NOT_ENTITLED("the family member may not withdraw consent %s"),
    /** No active consent covers sharing the need with the specialist. */
    CONSENT_MISSING("no active consent covers sharing need %s with the specialist"),
    /** A family member has refused sharing the need with the specialist. */
    CONSENT_REFUSED("a family member has refused sharing need %s with the specialist"),
    /** A child has refused sharing the need with the specialist; a guardian's consent cannot override it. */
    CHILD_REFUSED("a child has refused sharing need %s with the specialist"),
    /** The key worker cannot be invited into their own case's network. */
    KEY_WORKER_CANNOT_BE_INVITED("%s is the key worker of this case"),
    /** The specialist is already a network member for every named need. */
    ALREADY_A_MEMBER("%s is already a network member for these needs"),
    /** The specialist already has a pending invitation to the case. */
    INVITATION_ALREADY_PENDING("%s already has a pending invitation to this case"),
    /** The invitation must leave time to respond. */
    RESPOND_BY_IN_PAST("invitation %s must allow a response today or later"),
    /** The case has no invitation with this id. */
    UNKNOWN_INVITATION("invitation %s does not exist in this case"),
    /** The invitation has been answered, withdrawn, or has ended. */
    INVITATION_NOT_PENDING("invitation %s is no longer pending"),
    /** Only the invited specialist may answer the invitation. */
    NOT_INVITEE("invitation %s was sent to someone else"),
    /** A review cannot be dated in the future. */
    REVIEW_DATE_IN_FUTURE("review %s is dated in the future"),
    /** A review must name who took part. */
    PARTICIPANTS_REQUIRED("review %s names no participants"),
    /** A review must have a summary. */
    SUMMARY_REQUIRED("review %s has no summary"),
    /** The next review must come after the review. */
    NEXT_REVIEW_NOT_AFTER_REVIEW("the next review after review %s must come after it"),
    /** Only a guardian, or a child aged twelve or over, may approve the plan. */
    APPROVER_NOT_ENTITLED("member %s may not approve the plan"),
    /** The family approves the plan they saw; it has changed since. */
    STALE_PLAN_VERSION("version %s is not the plan's current version");

    private final String explanation;

    PlanRule(String explanation) {
        this.explanation = explanation;
    }

    /** The explanation of this rule's refusal for the given item. */
    public String explain(String item) {
        return explanation.formatted(item);
    }
}
