package fi.perhekeskus.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.NeedStatus;

/**
 * A need as far as the rules care: whom it concerns, each member's latest answer to its current
 * wording, whether it is closed, and whether the adult whose own need it is keeps it from the family. Its texts live only in the events.
 */
record Need(UUID id, Set<UUID> concerns, Map<UUID, AgreementDecision> answers, boolean closed, boolean confidential) {

    Need {
        concerns = Set.copyOf(concerns);
        answers = Map.copyOf(answers);
    }

    static Need recorded(UUID id, Set<UUID> concerns) {
        return new Need(id, concerns, Map.of(), false, false);
    }

    NeedStatus status() {
        return NeedStatus.of(closed, answers.values());
    }

    Need answered(UUID memberId, AgreementDecision decision) {
        Map<UUID, AgreementDecision> latest = new HashMap<>(answers);
        latest.put(memberId, decision);
        return new Need(id, concerns, latest, closed, confidential);
    }

    Need revised() {
        return new Need(id, concerns, Map.of(), closed, confidential);
    }

    Need close() {
        return new Need(id, concerns, answers, true, confidential);
    }

    Need keptFromFamily(boolean kept) {
        return new Need(id, concerns, answers, closed, kept);
    }
}
