package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The case was closed; its plan is read-only until it is reopened. The needs' outcomes and the
 * actions' resolutions are their own events, recorded just before this one.
 *
 * @param summaryForFamily the closing summary for the family; revision 1 had none
 * @param referredTo       where the family was referred, if anywhere; revision 1 did not record it
 */
@Revision("2")
public record CaseClosed(UUID caseId, String reason, String summaryForFamily, String referredTo) {

    public CaseClosed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
    }
}
