package vn.directives.events.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;

/**
 * Revision 1 of {@link ExistingPartyOrganizationRecorded} did not record the organization's kind
 * or superior committee. They become explicit nulls ("not classified"): guessing a kind from the
 * name or the member count would put an unrecorded fact into the figures.
 */
public final class ExistingPartyOrganizationRecordedV1Upcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType V1 =
            new SimpleSerializedType(ExistingPartyOrganizationRecorded.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(V1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(V1.getName(), "2"), ObjectNode.class,
                payload -> {
                    payload.putNull("kind");
                    payload.putNull("superiorCommitteeUnitId");
                    return payload;
                });
    }
}
