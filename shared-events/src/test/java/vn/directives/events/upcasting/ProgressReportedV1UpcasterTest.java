package vn.directives.events.upcasting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;
import vn.directives.events.generaltask.ProgressReported;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A progress report stored before coordinating units could report is read as the task's own. */
class ProgressReportedV1UpcasterTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void a_report_of_revision_1_is_the_tasks_own_with_everything_else_kept() throws IOException {
        byte[] v1 = Files.readString(Paths.get("src", "test", "resources", "approved-events",
                "ProgressReported.v1.json")).strip().getBytes(StandardCharsets.UTF_8);

        ProgressReported report = read(v1, "1");

        assertThat(report).isEqualTo(new ProgressReported("taskId-1", 3, 3, "text-1", "reason-1", null,
                LocalDate.of(2025, 3, 14), "reportedBy-1"));
    }

    @Test
    void a_report_of_revision_2_is_left_as_it_is() {
        ProgressReported unit = new ProgressReported("task-1", 40, 20, "Đã khảo sát 12 doanh nghiệp", null,
                "unit-lien-doan-lao-dong", LocalDate.of(2026, 5, 4), "officer-1");
        byte[] v2 = serializer.serialize(unit, byte[].class).getData();

        assertThat(read(v2, "2")).isEqualTo(unit);
    }

    private ProgressReported read(byte[] payload, String revision) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("GeneralTask", "task-1", 3,
                "event-1", "2026-05-04T02:00:00Z", ProgressReported.class.getName(), revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = new EventUpcasterChain(new ProgressReportedV1Upcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.getData(byte[].class));
    }
}
