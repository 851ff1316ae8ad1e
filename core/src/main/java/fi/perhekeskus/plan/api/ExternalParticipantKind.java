package fi.perhekeskus.plan.api;

/** Where a participant of the network who is no user of the system works: what the family is told they are. */
public enum ExternalParticipantKind {
    /** The child's teacher or another member of the school's staff. */
    SCHOOL,
    /** Early childhood education (varhaiskasvatus): the child's day-care group. */
    EARLY_CHILDHOOD_EDUCATION,
    /** A non-governmental organisation's worker. */
    NGO,
    /** A parish's family or youth worker. */
    PARISH,
    /** The Social Insurance Institution of Finland (Kela). */
    KELA,
    /** Anyone else, said in the organisation's name. */
    OTHER
}
