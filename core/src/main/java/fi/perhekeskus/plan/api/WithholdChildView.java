package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Name the guardians a child's view is not shown to, as agreed with the child or in the child's
 * interest: the whole set as it should read, an empty one shows the view to every guardian again.
 */
@Revision("1")
public record WithholdChildView(@TargetAggregateIdentifier UUID caseId, UUID viewId, Set<UUID> withheldFrom,
                                String note) {

    public WithholdChildView {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(viewId, "viewId");
        withheldFrom = Set.copyOf(withheldFrom);
    }
}
