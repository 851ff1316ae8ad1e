package fi.perhekeskus.plan;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The deadline at which a granted consent ends; it is stored by the scheduler until then. */
@Revision("1")
public record ConsentEndDue(UUID consentId) {

    public ConsentEndDue {
        Objects.requireNonNull(consentId, "consentId");
    }
}
