package vn.directives.events.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;
import vn.directives.events.unit.UnitDissolved;

/**
 * Revision 1 of {@link UnitDissolved} named no successors: it reads as a dissolution with an empty
 * list of them, which is what it recorded (nobody said who took over).
 */
public final class UnitDissolvedV1Upcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType V1 = new SimpleSerializedType(UnitDissolved.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(V1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(V1.getName(), "2"), ObjectNode.class,
                payload -> {
                    payload.putArray("successorUnitIds");
                    return payload;
                });
    }
}
