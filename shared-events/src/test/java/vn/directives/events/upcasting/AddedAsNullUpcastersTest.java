package vn.directives.events.upcasting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;
import vn.directives.events.cellestablishment.CellEstablishmentCompleted;
import vn.directives.events.enterprise.SocioPoliticalOrganizationFounded;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored before task outcomes and classified establishments read as they meant: no outcome, not classified. */
class AddedAsNullUpcastersTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void a_general_task_completed_at_revision_1_founded_no_organization() throws IOException {
        assertThat(read(GeneralTaskCompleted.class, new GeneralTaskCompletedV1Upcaster()))
                .isEqualTo(new GeneralTaskCompleted("taskId-1", "productDocument-1", null, DAY, "completedBy-1"));
    }

    @Test
    void an_organization_founded_at_revision_1_was_no_tasks_outcome() throws IOException {
        assertThat(read(SocioPoliticalOrganizationFounded.class, new SocioPoliticalOrganizationFoundedV1Upcaster()))
                .isEqualTo(new SocioPoliticalOrganizationFounded("taxCode-1", SocioPoliticalOrganizationKind.TRADE_UNION,
                        3, null, DAY, "recordedBy-1"));
    }

    @Test
    void an_establishment_completed_at_revision_1_is_not_classified() throws IOException {
        assertThat(read(CellEstablishmentCompleted.class, new CellEstablishmentCompletedV1Upcaster()))
                .isEqualTo(new CellEstablishmentCompleted("taskId-1", "partyOrganizationId-1", "enterpriseTaxCode-1",
                        "enterpriseName-1", "organizationName-1", "decisionNumber-1", DAY, "issuingCommittee-1", null,
                        null, 3, 3, DAY, "completedBy-1"));
    }

    @Test
    void an_organization_established_at_revision_1_is_not_classified() throws IOException {
        assertThat(read(PartyOrganizationEstablished.class, new PartyOrganizationEstablishedV1Upcaster()))
                .isEqualTo(new PartyOrganizationEstablished("partyOrganizationId-1", "enterpriseTaxCode-1",
                        "enterpriseName-1", "organizationName-1", "cellEstablishmentTaskId-1", "decisionNumber-1",
                        "issuingCommittee-1", null, null, 3, 3, DAY, "recordedBy-1"));
    }

    @Test
    void an_event_of_revision_2_is_left_as_it_is() {
        GeneralTaskCompleted now = new GeneralTaskCompleted("task-1", "Báo cáo số 3-BC/LĐLĐ",
                new vn.directives.events.enterprise.OrganizationFounding("0101234567", "Công ty Minh Phát",
                        SocioPoliticalOrganizationKind.YOUTH_UNION, 25, DAY), DAY, "officer-1");
        byte[] v2 = serializer.serialize(now, byte[].class).getData();

        assertThat(upcast(GeneralTaskCompleted.class, v2, "2", new GeneralTaskCompletedV1Upcaster())).isEqualTo(now);
    }

    private Object read(Class<?> event, SingleEventUpcaster upcaster) throws IOException {
        byte[] v1 = Files.readString(Paths.get("src", "test", "resources", "approved-events",
                event.getSimpleName() + ".v1.json")).strip().getBytes(StandardCharsets.UTF_8);
        return upcast(event, v1, "1", upcaster);
    }

    private Object upcast(Class<?> event, byte[] payload, String revision, SingleEventUpcaster upcaster) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Aggregate", "aggregate-1", 3,
                "event-1", "2026-05-04T02:00:00Z", event.getName(), revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = new EventUpcasterChain(upcaster)
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.getData(byte[].class));
    }
}
