package fi.perhekeskus.plan.api;

/** A family member's yes or no to sharing named needs with a recipient. A REFUSE is a prohibition. */
public enum ConsentDecision {
    GRANT,
    REFUSE
}
