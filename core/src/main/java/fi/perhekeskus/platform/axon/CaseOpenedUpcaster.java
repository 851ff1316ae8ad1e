package fi.perhekeskus.platform.axon;

import java.util.Set;

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
 * family's own language when they next meet (docs/domain-decisions.md). Revisions 1 and 2 opened
 * no case as following on from an earlier one: they are read as following none.
 */
@Component
class CaseOpenedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(CaseOpened.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(CaseOpened.class.getName(), "2");
    private static final SimpleSerializedType REVISION_3 =
            new SimpleSerializedType(CaseOpened.class.getName(), "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return Set.of(REVISION_1, REVISION_2).contains(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        boolean withoutLanguage = REVISION_1.equals(representation.getType());
        return representation.upcastPayload(REVISION_3, JsonNode.class, payload -> {
            ObjectNode upcast = (ObjectNode) payload.deepCopy();
            if (withoutLanguage) {
                upcast.putObject("language")
                        .put("code", FamilyLanguage.FINNISH.code())
                        .put("interpreterNeeded", FamilyLanguage.FINNISH.interpreterNeeded());
            }
            upcast.putNull("earlierCaseId");
            return upcast;
        });
    }
}
