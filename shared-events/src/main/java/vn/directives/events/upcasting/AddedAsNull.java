package vn.directives.events.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * An upcaster from revision 1 of an event to revision 2 that added fields an older event could not
 * have known: each becomes an explicit null (nothing guessed). Each such upcaster is a subclass named
 * {@code <Event>V1Upcaster}, saying why null is the right reading.
 */
abstract class AddedAsNull extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final List<String> fields;

    AddedAsNull(Class<?> event, String... fields) {
        this.from = new SimpleSerializedType(event.getName(), "1");
        this.to = new SimpleSerializedType(event.getName(), "2");
        this.fields = List.of(fields);
    }

    @Override
    protected final boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected final IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, ObjectNode.class, payload -> {
            fields.forEach(payload::putNull);
            return payload;
        });
    }
}
