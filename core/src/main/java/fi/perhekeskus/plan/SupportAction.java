package fi.perhekeskus.plan;

import java.util.UUID;

import fi.perhekeskus.plan.api.Responsible;

/** A support action as far as the rules care: its need, who is responsible, and whether it is still open. */
record SupportAction(UUID id, UUID needId, Responsible responsible, boolean open) {

    SupportAction done() {
        return new SupportAction(id, needId, responsible, false);
    }
}
