package vn.directives.query.report;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.events.metadata.MetadataKeys;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where a migrated fact came from, read from its event's metadata: the day the older system or
 * list recorded it, the migration job, the source its confirmer named, who confirmed it and when
 * it was stored. The report as recorded takes the start of the original recording day (in Vietnam)
 * as the fact's recording time, so a fact first recorded by the cut-off day counts in that report
 * however late it was migrated.
 */
record MigratedFact(LocalDate recordedOriginallyOn, String importJobId, String source, String confirmedBy,
                    long storedAtMillis) {

    /** The bytes every migrated event's metadata contains: the key of its original recording day, quoted. */
    static final byte[] MARKER = ("\"" + MetadataKeys.RECORDED_ORIGINALLY_ON + "\"").getBytes(StandardCharsets.UTF_8);

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The migration a stored event's metadata names, or null when the key is not a field of it. */
    static MigratedFact of(byte[] metadata, long storedAtMillis) {
        JsonNode meta = JSON.readTree(metadata);
        JsonNode day = meta.get(MetadataKeys.RECORDED_ORIGINALLY_ON);
        if (day == null || !day.isString()) {
            return null;
        }
        return new MigratedFact(LocalDate.parse(day.asString()), text(meta, MetadataKeys.IMPORT_JOB),
                text(meta, MetadataKeys.MIGRATION_SOURCE), text(meta, MetadataKeys.ACTOR), storedAtMillis);
    }

    long recordedAtMillis() {
        return recordedOriginallyOn.atStartOfDay(VIETNAM).toInstant().toEpochMilli();
    }

    LocalDate storedOn() {
        return Instant.ofEpochMilli(storedAtMillis).atZone(VIETNAM).toLocalDate();
    }

    private static String text(JsonNode meta, String field) {
        JsonNode value = meta.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
