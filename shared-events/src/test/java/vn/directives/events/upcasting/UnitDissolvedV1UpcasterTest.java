package vn.directives.events.upcasting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import vn.directives.events.unit.UnitDissolved;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class UnitDissolvedV1UpcasterTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void a_stored_revision_1_reads_as_a_dissolution_that_named_no_successor() throws IOException {
        byte[] v1 = Files.readString(Path.of("src", "test", "resources", "approved-events", "UnitDissolved.v1.json"))
                .strip().getBytes(StandardCharsets.UTF_8);
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Unit", "unit-1", 3, "event-1",
                Instant.parse("2025-07-01T02:00:00Z"), UnitDissolved.class.getName(), "1", v1,
                "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(new UnitDissolvedV1Upcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).singleElement().satisfies(representation -> {
            assertThat(representation.getType().getRevision()).isEqualTo("2");
            UnitDissolved event = serializer.deserialize(representation.getData(byte[].class));
            assertThat(event).isEqualTo(new UnitDissolved("unitId-1", "reason-1", List.of(),
                    LocalDate.of(2025, 3, 14), "dissolvedBy-1"));
        });
    }
}
