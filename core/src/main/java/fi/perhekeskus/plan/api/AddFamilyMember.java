package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Someone joins the family: a baby is born, a step-parent moves in, a grandparent comes to live with it. */
@Revision("1")
public record AddFamilyMember(@TargetAggregateIdentifier UUID caseId, FamilyMember member) {

    public AddFamilyMember {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(member, "member");
    }
}
