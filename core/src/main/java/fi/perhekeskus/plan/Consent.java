package fi.perhekeskus.plan;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import fi.perhekeskus.plan.api.ConsentCoverage.StandingConsent;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.MemberRole;

/**
 * A consent decision of the case.
 *
 * @param expiryDeadlineId {@code null} for a refusal, which has no end
 * @param ended            withdrawn, or recorded as expired
 */
record Consent(StandingConsent terms, String expiryDeadlineId, boolean ended) {

    UUID id() {
        return terms.consentId();
    }

    boolean standingAt(Instant at) {
        return !ended && terms.inForceAt(at);
    }

    /**
     * Anyone may withdraw their own decision. A guardian's grant may also be withdrawn by the other
     * guardian, since either guardian may stop data about their child from being shared; lifting a
     * refusal, which opens sharing, is left to the one who refused. A consent for an adult's own need
     * is that adult's alone to withdraw, which the plan checks need by need before this.
     */
    boolean mayBeWithdrawnBy(UUID memberId, Map<UUID, MemberRole> roles) {
        return terms.givenBy().equals(memberId)
                || terms.decision() == ConsentDecision.GRANT
                && roles.get(terms.givenBy()) == MemberRole.GUARDIAN
                && roles.get(memberId) == MemberRole.GUARDIAN;
    }

    Consent end() {
        return new Consent(terms, expiryDeadlineId, true);
    }
}
