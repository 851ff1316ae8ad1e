package fi.perhekeskus.plan.api;

/** How a child's view was heard; a child may also decline to say anything, which is a view too. */
public enum HowHeard {
    CONVERSATION,
    DRAWING,
    VIA_GUARDIAN,
    OBSERVATION,
    DECLINED_TO_SAY,
    OTHER
}
