package fi.perhekeskus.plan.api;

import java.util.Collection;

/**
 * Where a need stands. Derived from the members' latest answers since the last revision: any
 * DISAGREED makes it DISAGREED, otherwise any AGREED makes it AGREED, otherwise it is PROPOSED.
 */
public enum NeedStatus {
    PROPOSED,
    AGREED,
    DISAGREED,
    CLOSED;

    /**
     * The one rule, for the plan and every view of it.
     *
     * @param latestAnswers each member's latest answer to the need's current wording
     */
    public static NeedStatus of(boolean closed, Collection<AgreementDecision> latestAnswers) {
        if (closed) {
            return CLOSED;
        }
        if (latestAnswers.contains(AgreementDecision.DISAGREED)) {
            return DISAGREED;
        }
        return latestAnswers.contains(AgreementDecision.AGREED) ? AGREED : PROPOSED;
    }
}
