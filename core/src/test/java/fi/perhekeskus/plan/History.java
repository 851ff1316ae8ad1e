package fi.perhekeskus.plan;

import static fi.perhekeskus.plan.TestPlan.MOTHER;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.Recipient;

/** Builds the events a test starts from, so that each test states only what matters to it. */
final class History {

    private final List<Object> events = new ArrayList<>();

    private History() {
    }

    static History opened() {
        return new History().then(TestPlan.caseOpened());
    }

    /** Emma's school need, agreed, with her mother's consent to share it with the specialist. */
    static History schoolSharedWith(UUID specialistId) {
        return opened()
                .agreedNeed(TestPlan.SCHOOL, TestPlan.EMMA)
                .granted(TestPlan.CONSENT, MOTHER, Recipient.professional(specialistId), TestPlan.SCHOOL);
    }

    /** As {@link #schoolSharedWith}, and the specialist has joined the network for it. */
    static History schoolMember(UUID specialistId) {
        return schoolSharedWith(specialistId).member(specialistId, Set.of(TestPlan.CONSENT), TestPlan.SCHOOL);
    }

    History then(Object... more) {
        events.addAll(List.of(more));
        return this;
    }

    History need(UUID needId, UUID... concerns) {
        return then(TestPlan.needRecorded(needId, concerns));
    }

    /** A need agreed by the mother. */
    History agreedNeed(UUID needId, UUID... concerns) {
        return need(needId, concerns).then(TestPlan.agreedBy(MOTHER, needId));
    }

    History granted(UUID consentId, UUID givenBy, Recipient recipient, UUID... needIds) {
        return then(TestPlan.granted(consentId, givenBy, recipient, needIds));
    }

    History refused(UUID consentId, UUID givenBy, Recipient recipient, UUID... needIds) {
        return then(TestPlan.refused(consentId, givenBy, recipient, needIds));
    }

    History invited(UUID specialistId, Set<UUID> consentIds, UUID... needIds) {
        return then(TestPlan.invited(TestPlan.invitationOf(specialistId), specialistId, consentIds, needIds));
    }

    History member(UUID specialistId, Set<UUID> consentIds, UUID... needIds) {
        return invited(specialistId, consentIds, needIds)
                .then(TestPlan.accepted(TestPlan.invitationOf(specialistId), specialistId, consentIds, needIds));
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    /** The plan's version once these events are stored: the sequence number of the last one. */
    long version() {
        return events.size() - 1L;
    }
}
