package vn.directives.events;

import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Freezes the stored JSON of every event, as Axon's Jackson 3 serializer writes it, in
 * {@code src/test/resources/approved-events/<Event>.v<revision>.json}. Changing an event's
 * shape therefore fails here until the change is made consciously: bump the event's
 * {@code @Revision}, approve the new JSON, and add an upcaster from the old revision (a class
 * {@code vn.directives.events.upcasting.<Event>V<old>Upcaster}); an approved old revision without
 * its upcaster fails too.
 *
 * <p>To approve: {@code ./mvnw -pl shared-events test -Devents.approve=true}, then review the
 * diff of the approved files like any other change.
 */
class EventJsonApprovalTest {

    private static final Path APPROVED = Paths.get("src", "test", "resources", "approved-events");
    private static final String UPCASTERS = "vn.directives.events.upcasting.";
    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @TestFactory
    Stream<DynamicTest> every_event_is_stored_as_its_approved_json() throws IOException, URISyntaxException {
        List<Class<?>> events = EventClasses.all();
        assertThat(events).as("event classes found").hasSizeGreaterThan(5);
        return events.stream().map(event -> DynamicTest.dynamicTest(event.getSimpleName(), () -> check(event)));
    }

    @Test
    void every_event_has_a_revision() throws IOException, URISyntaxException {
        assertThat(EventClasses.records()).allSatisfy(type -> {
            if (EventClasses.isEvent(type)) {
                assertThat(type.getAnnotation(Revision.class)).as(type.getName() + " @Revision").isNotNull();
            }
        });
    }

    @Test
    void every_older_approved_revision_has_an_upcaster() throws IOException {
        try (Stream<Path> files = Files.list(APPROVED)) {
            for (Path file : files.toList()) {
                String[] parts = file.getFileName().toString().split("\\.v|\\.json");
                String event = parts[0];
                String revision = parts[1];
                Class<?> type = EventClasses.bySimpleName(event);
                if (type == null) {
                    fail("Approved JSON " + file + " names no existing event; an event removed from the contract "
                            + "must still be readable: keep it or upcast it");
                }
                String current = type.getAnnotation(Revision.class).value();
                if (!current.equals(revision)) {
                    assertThat(exists(UPCASTERS + event + "V" + revision + "Upcaster"))
                            .as("upcaster for " + event + " revision " + revision + " (now " + current + ")")
                            .isTrue();
                }
            }
        }
    }

    private void check(Class<?> event) throws IOException {
        String revision = event.getAnnotation(Revision.class).value();
        Path approved = APPROVED.resolve(event.getSimpleName() + ".v" + revision + ".json");
        SerializedObject<byte[]> serialized = serializer.serialize(EventSamples.sample(event), byte[].class);
        String json = new String(serialized.getData(), StandardCharsets.UTF_8);
        assertThat(serialized.getType().getRevision()).isEqualTo(revision);
        if (Boolean.getBoolean("events.approve")) {
            Files.createDirectories(APPROVED);
            Files.writeString(approved, json + "\n");
        }
        if (!Files.exists(approved)) {
            fail("No approved JSON for " + event.getSimpleName() + " revision " + revision + ". It would be:\n" + json
                    + "\nApprove with -Devents.approve=true.");
        }
        assertThat(json)
                .as(event.getSimpleName() + " changed shape: bump its @Revision and add an upcaster, then approve")
                .isEqualTo(Files.readString(approved).strip());
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
