package fi.perhekeskus.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import fi.perhekeskus.plan.api.CaseClosed;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@code CaseClosed} revision 1 had only the reason: a case closed then has no closing summary for
 * the family and no referral on record, and is read so rather than given words nobody wrote.
 */
@Component
class CaseClosedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(CaseClosed.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(CaseClosed.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> payload.deepCopy());
    }
}
