package vn.directives.command.infrastructure;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.directives.events.generaltask.ProgressReported;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's upcasters are in the chain the event store reads through: a progress report
 * stored as revision 1, before coordinating units could report, reaches the aggregates as the
 * task's own report of revision 2.
 */
@CommandSideTest
class UpcastingTest {

    @Autowired
    Configuration axon;

    @Test
    void a_stored_progress_report_of_revision_1_is_read_as_the_tasks_own() {
        byte[] v1 = """
                {"taskId":"task-1","percentage":60,"previousPercentage":20,"text":"Đã đối thoại tại 2 KCN",\
                "reason":null,"effectiveOn":"2025-06-02","reportedBy":"member-vo"}"""
                .getBytes(StandardCharsets.UTF_8);
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("GeneralTask", "task-1", 1, "event-1",
                "2025-06-02T02:00:00Z", ProgressReported.class.getName(), "1", v1,
                "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation read = axon.upcasterChain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, axon.eventSerializer())))
                .findFirst().orElseThrow();

        assertThat(read.getType().getRevision()).isEqualTo("2");
        ProgressReported report = axon.eventSerializer().deserialize(read.getData(byte[].class));
        assertThat(report).isEqualTo(new ProgressReported("task-1", 60, 20, "Đã đối thoại tại 2 KCN", null, null,
                LocalDate.of(2025, 6, 2), "member-vo"));
    }
}
