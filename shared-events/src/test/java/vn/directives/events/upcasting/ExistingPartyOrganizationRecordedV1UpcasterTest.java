package vn.directives.events.upcasting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.RecordSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ExistingPartyOrganizationRecordedV1UpcasterTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void a_stored_revision_1_reads_as_an_organization_whose_kind_and_superior_are_not_recorded() throws IOException {
        byte[] v1 = Files.readString(Path.of("src", "test", "resources", "approved-events",
                "ExistingPartyOrganizationRecorded.v1.json")).strip().getBytes(StandardCharsets.UTF_8);
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("PartyOrganization", "org-1", 0,
                "event-1", Instant.parse("2023-01-05T02:00:00Z"), ExistingPartyOrganizationRecorded.class.getName(),
                "1", v1, "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcast = new EventUpcasterChain(
                new ExistingPartyOrganizationRecordedV1Upcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).singleElement().satisfies(representation -> {
            assertThat(representation.getType().getRevision()).isEqualTo("2");
            SerializedObject<byte[]> data = representation.getData(byte[].class);
            ExistingPartyOrganizationRecorded event = serializer.deserialize(data);
            assertThat(event).isEqualTo(new ExistingPartyOrganizationRecorded("partyOrganizationId-1",
                    "enterpriseTaxCode-1", "enterpriseName-1", "organizationName-1", null, null, RecordSource.SURVEY,
                    "sourceReference-1", 3, 3, LocalDate.of(2025, 3, 14), "recordedBy-1"));
        });
    }

    @Test
    void the_current_revision_passes_unchanged() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("PartyOrganization", "org-1", 0,
                "event-1", Instant.parse("2026-01-05T02:00:00Z"), ExistingPartyOrganizationRecorded.class.getName(),
                "2", "{\"kind\":\"GRASSROOTS_CELL\"}".getBytes(StandardCharsets.UTF_8), "{}".getBytes());

        assertThat(new ExistingPartyOrganizationRecordedV1Upcaster().upcast(Stream.of(
                new InitialEventRepresentation(stored, serializer))).toList())
                .singleElement()
                .satisfies(representation -> assertThat(new String(representation.getData(byte[].class).getData(),
                        StandardCharsets.UTF_8)).isEqualTo("{\"kind\":\"GRASSROOTS_CELL\"}"));
    }
}
