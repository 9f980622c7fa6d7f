package vn.directives.command.infrastructure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the storage layout Axon relies on, as Flyway left it. The catalogue is read through
 * pg_catalog rather than information_schema, which hides the tables of the other side's schema.
 */
@CommandSideTest
class EventStoreSchemaTest {

    /** Axon-owned serialized columns, wherever they live in the service's schemas. */
    private static final String SERIALIZED_COLUMNS = """
            SELECT n.nspname || '.' || c.relname || '.' || a.attname AS name, t.typname AS type
              FROM pg_attribute a
              JOIN pg_class c ON c.oid = a.attrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_type t ON t.oid = a.atttypid
             WHERE n.nspname IN ('events', 'command', 'query')
               AND c.relkind IN ('r', 'p')
               AND a.attnum > 0 AND NOT a.attisdropped
               AND a.attname IN ('payload', 'meta_data', 'token', 'serialized_saga')
            """;

    /** Large objects ('oid', or the 'lo' extension's domain over it) leak and slow replays. */
    private static final String LARGE_OBJECT_COLUMNS = """
            SELECT n.nspname || '.' || c.relname || '.' || a.attname
              FROM pg_attribute a
              JOIN pg_class c ON c.oid = a.attrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_type t ON t.oid = a.atttypid
             WHERE n.nspname IN ('events', 'command', 'query')
               AND c.relkind IN ('r', 'p')
               AND a.attnum > 0 AND NOT a.attisdropped
               AND (t.typname IN ('oid', 'lo') OR t.typbasetype = 'oid'::regtype)
            """;

    private static final String GLOBAL_INDEX_SEQUENCE = """
            SELECT s.seqincrement AS increment, s.seqcache AS cache
              FROM pg_sequence s
             WHERE s.seqrelid = pg_get_serial_sequence('events.domain_event_entry', 'global_index')::regclass
            """;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void every_serialized_axon_column_is_bytea() {
        List<Map<String, Object>> columns = jdbc.queryForList(SERIALIZED_COLUMNS);

        assertThat(columns).extracting(column -> column.get("name")).contains(
                "events.domain_event_entry.payload",
                "events.domain_event_entry.meta_data",
                "events.snapshot_event_entry.payload",
                "events.snapshot_event_entry.meta_data",
                "command.token_entry.token");
        assertThat(columns)
                .allSatisfy(column -> assertThat(column.get("type"))
                        .as("type of %s", column.get("name"))
                        .isEqualTo("bytea"));
    }

    @Test
    void no_column_of_the_service_is_a_large_object_reference() {
        assertThat(jdbc.queryForList(LARGE_OBJECT_COLUMNS, String.class)).isEmpty();
    }

    @Test
    void global_index_is_taken_one_by_one_so_it_commits_in_order() {
        Map<String, Object> sequence = jdbc.queryForMap(GLOBAL_INDEX_SEQUENCE);

        assertThat(sequence.get("increment")).as("increment").isEqualTo(1L);
        assertThat(sequence.get("cache")).as("cache (values handed to a session in advance)").isEqualTo(1L);
    }
}
