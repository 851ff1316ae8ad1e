package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A child's view is not shown to the named guardians from now on, nor on anything produced for
 * them; an empty set shows it to every guardian again, as far as the child's own choice allows.
 */
@Revision("1")
public record ChildViewWithheld(UUID caseId, UUID viewId, Set<UUID> withheldFrom, String note) {

    public ChildViewWithheld {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(viewId, "viewId");
        withheldFrom = Set.copyOf(withheldFrom);
    }
}
