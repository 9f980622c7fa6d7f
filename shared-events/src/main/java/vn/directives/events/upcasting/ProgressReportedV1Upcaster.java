package vn.directives.events.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;
import vn.directives.events.generaltask.ProgressReported;

/**
 * {@link ProgressReported} revision 1 to 2. Revision 1 had no {@code coordinatingUnitId}: no
 * coordinating unit could report then, so every stored report of revision 1 is the task's own
 * (the lead unit's, the assignee's or the Organization Committee's), and its unit is null.
 */
public final class ProgressReportedV1Upcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType V1 = new SimpleSerializedType(ProgressReported.class.getName(), "1");
    private static final SimpleSerializedType V2 = new SimpleSerializedType(ProgressReported.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return V1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(V2, ObjectNode.class, payload -> {
            payload.putNull("coordinatingUnitId");
            return payload;
        });
    }
}
