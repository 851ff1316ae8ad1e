package fi.perhekeskus.plan.api;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The adult whose own need it is decided whether the other family members may see it. A confidential
 * need never appears in anything produced for another member; the professionals see it by their role.
 */
@Revision("1")
public record NeedConfidentialityRecorded(UUID caseId, UUID needId, UUID decidedBy, boolean confidential,
                                          String note) {

    public NeedConfidentialityRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(needId, "needId");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }
}
