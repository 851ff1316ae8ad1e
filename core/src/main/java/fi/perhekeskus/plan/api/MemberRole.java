package fi.perhekeskus.plan.api;

/** A family member's place in the family; it decides who may consent for whom and who may approve the plan. */
public enum MemberRole {
    CHILD,
    GUARDIAN,
    OTHER_ADULT
}
