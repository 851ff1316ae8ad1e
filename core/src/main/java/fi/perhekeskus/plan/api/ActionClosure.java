package fi.perhekeskus.plan.api;

import java.util.UUID;

/**
 * An open support action's resolution, given when the case closes.
 *
 * @param service with HANDED_ON, the named service that carries it on
 * @param note    with CANCELLED, why
 */
public record ActionClosure(UUID actionId, ActionResolution resolution, String service, String note) {
}
