package vn.directives.platform.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettledEventStorageEngineTest {

    @Test
    void reads_every_timestamp_axon_writes_as_axon_reads_it() {
        SplittableRandom random = new SplittableRandom(13);
        long from = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            String stored = DateTimeUtils.formatInstant(Instant.ofEpochSecond(random.nextLong(from, to), nanos));

            assertThat(SettledEventStorageEngine.parseTimestamp(stored)).as(stored)
                    .isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-20T08:15:30Z", "2025-03-20T08:15:30.1Z", "2025-03-20T08:15:30.123456789Z",
            "2025-03-20T15:15:30.123+07:00", "2024-02-29T23:59:59.999Z", "+12025-03-20T08:15:30.123Z",
            "2025-03-20T08:15:30.Z"})
    void reads_other_forms_as_axon_reads_them(String stored) {
        assertThat(SettledEventStorageEngine.parseTimestamp(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-04-31T08:15:30.123Z", "2025-03-20T24:15:30.123Z",
            "2025-03-20T08:15:30.1234567890Z", "2025-0x-20T08:15:30.123Z", "yesterday"})
    void refuses_what_axon_refuses(String stored) {
        assertThatThrownBy(() -> SettledEventStorageEngine.parseTimestamp(stored))
                .isInstanceOf(DateTimeParseException.class);
    }
}
