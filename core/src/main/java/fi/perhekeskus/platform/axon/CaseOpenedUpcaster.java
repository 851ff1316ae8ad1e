package fi.perhekeskus.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.plan.api.CaseOpened;
import fi.perhekeskus.plan.api.FamilyLanguage;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@code CaseOpened} revision 1 did not record the family's language. Every case until then was
 * served in Finnish, the default of the pages and of everything printed, and nobody recorded an
 * interpreter: such a case is read as Finnish without one, and the key worker records the
 * family's own language when they next meet (docs/domain-decisions.md).
 */
@Component
class CaseOpenedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(CaseOpened.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(CaseOpened.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = (ObjectNode) payload.deepCopy();
            upcast.putObject("language")
                    .put("code", FamilyLanguage.FINNISH.code())
                    .put("interpreterNeeded", FamilyLanguage.FINNISH.interpreterNeeded());
            return upcast;
        });
    }
}
