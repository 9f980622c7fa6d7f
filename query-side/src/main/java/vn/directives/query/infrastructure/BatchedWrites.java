package vn.directives.query.infrastructure;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The writes of a projection, collected over the processor's batch and sent at its end, in the
 * batch's transaction, as a few JDBC batches instead of one round trip per statement. Each write
 * names the read-model row it touches (its <em>key</em>, e.g. a task); writes of the same key
 * keep their order, and writes of the same SQL are sent together when no write of the same key
 * lies between them (see {@link WriteGroups}). A handler that must read what an earlier event of
 * the same batch wrote calls {@link #flush()} first, or keeps that state itself.
 * <p>
 * Outside a processor's batch (a test handing an event to a projection) a write runs at once.
 */
@Component
public class BatchedWrites {

    private static final String RESOURCE = BatchedWrites.class.getName();

    private final NamedParameterJdbcTemplate jdbc;

    BatchedWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A write of {@code sql} (named parameters), sent once its parameters are given and it is queued. */
    public Write sql(String sql) {
        return new Write(sql);
    }

    /** Sends the writes queued so far in this batch (before a read of what they write). */
    public void flush() {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getResource(RESOURCE) instanceof WriteGroups pending) {
            pending.sendTo(jdbc);
        }
    }

    /**
     * A map kept for the rest of the batch under {@code name}: what a projection has learnt or
     * written in this batch, so that a later event can read it without sending the pending writes.
     * Outside a batch, an empty map each time.
     */
    public <K, V> Map<K, V> batchState(String name) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        return CurrentUnitOfWork.get().getOrComputeResource(RESOURCE + "/" + name, key -> new HashMap<K, V>());
    }

    private void queue(Object key, String sql, MapSqlParameterSource parameters, Set<String> superseding) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, parameters);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        WriteGroups pending = unitOfWork.getOrComputeResource(RESOURCE, name -> {
            WriteGroups groups = new WriteGroups();
            unitOfWork.onPrepareCommit(committing -> groups.sendTo(jdbc));
            return groups;
        });
        pending.add(key, sql, parameters, superseding);
    }

    /** One write being described: its parameters, then {@link #queue}. */
    public final class Write {

        private final String sql;
        private final Map<String, Object> values = new HashMap<>();

        private Write(String sql) {
            this.sql = sql;
        }

        public Write param(String name, Object value) {
            values.put(name, value);
            return this;
        }

        public Write params(Map<String, ?> more) {
            values.putAll(more);
            return this;
        }

        /**
         * Queues the write for the end of the batch. {@code scope} and {@code id} name what it touches
         * (e.g. {@code "task", taskId}): every row it reads or writes must belong to that key.
         */
        public void queue(String scope, Object id) {
            BatchedWrites.this.queue(List.of(scope, id), sql, new MapSqlParameterSource(values), null);
        }

        /**
         * As {@link #queue}, but this write replaces the key's last pending write when that one has the
         * same SQL and the same parameters but for {@code moving} (e.g. the version and time a row is
         * brought to). For writes where applying that earlier write and then this one leaves the rows
         * as applying this one alone: a guarded update ({@code WHERE version < :sequence}, the sequence
         * growing from write to write as a key's events come in order) whose other assignments give the
         * same result applied once or twice. A task's run of events that only
         * move its version then costs one row of the batch instead of one per event.
         */
        public void queueSuperseding(String scope, Object id, String... moving) {
            BatchedWrites.this.queue(List.of(scope, id), sql, new MapSqlParameterSource(values), Set.of(moving));
        }
    }

    /** The pending writes of one batch, grouped by SQL as far as their keys allow. */
    static final class WriteGroups {

        private static final Map<String, ParsedSql> PARSED = new ConcurrentHashMap<>();

        private final List<Group> groups = new ArrayList<>();
        private final Map<String, Integer> lastGroupOfSql = new HashMap<>();
        private final Map<Object, Integer> lastGroupOfKey = new HashMap<>();
        /** The group and row of each key's last write. */
        private final Map<Object, int[]> lastRowOfKey = new HashMap<>();

        private record Group(String sql, List<MapSqlParameterSource> rows) {
        }

        /**
         * Joins the last group of the same SQL unless a later group touches the same key (then the
         * write would overtake a write it must follow); else starts a group at the end.
         */
        void add(Object key, String sql, MapSqlParameterSource parameters) {
            add(key, sql, parameters, null);
        }

        /**
         * As above; with {@code superseding} (parameter names), the write replaces the key's last write
         * in place when that has the same SQL and equal parameters but for those names.
         */
        void add(Object key, String sql, MapSqlParameterSource parameters, Set<String> superseding) {
            int[] last = lastRowOfKey.get(key);
            if (superseding != null && last != null) {
                Group previous = groups.get(last[0]);
                if (previous.sql().equals(sql) && sameBut(previous.rows().get(last[1]), parameters, superseding)) {
                    previous.rows().set(last[1], parameters);
                    return;
                }
            }
            Integer sameSql = lastGroupOfSql.get(sql);
            Integer sameKey = lastGroupOfKey.get(key);
            int group;
            if (sameSql != null && (sameKey == null || sameKey <= sameSql)) {
                group = sameSql;
            } else {
                group = groups.size();
                groups.add(new Group(sql, new ArrayList<>()));
                lastGroupOfSql.put(sql, group);
            }
            List<MapSqlParameterSource> rows = groups.get(group).rows();
            rows.add(parameters);
            lastGroupOfKey.merge(key, group, Math::max);
            lastRowOfKey.put(key, new int[]{group, rows.size() - 1});
        }

        private static boolean sameBut(MapSqlParameterSource earlier, MapSqlParameterSource later, Set<String> moving) {
            Map<String, Object> before = earlier.getValues();
            Map<String, Object> after = later.getValues();
            if (before.size() != after.size()) {
                return false;
            }
            for (Map.Entry<String, Object> value : after.entrySet()) {
                if (!moving.contains(value.getKey()) && (!before.containsKey(value.getKey())
                        || !Objects.equals(before.get(value.getKey()), value.getValue()))) {
                    return false;
                }
            }
            return true;
        }

        /** The rows of the first group of this SQL (for tests). */
        List<MapSqlParameterSource> rows(String sql) {
            return groups.stream().filter(group -> group.sql().equals(sql)).findFirst().map(Group::rows)
                    .orElse(List.of());
        }

        /** Each group's SQL and number of rows, in the order they are sent. */
        List<String> plan() {
            return groups.stream().map(group -> group.sql() + " x" + group.rows().size()).toList();
        }

        /**
         * Each group as one JDBC batch. Parameters go to the driver with {@code setObject}: a null
         * then has no type and PostgreSQL infers it, where Spring's own batching would ask the
         * driver for the statement's parameter types (a round trip per null and row).
         */
        void sendTo(NamedParameterJdbcTemplate jdbc) {
            if (groups.isEmpty()) {
                return;
            }
            jdbc.getJdbcOperations().execute((ConnectionCallback<Void>) connection -> {
                for (Group group : groups) {
                    ParsedSql parsed = PARSED.computeIfAbsent(group.sql(), NamedParameterUtils::parseSqlStatement);
                    try (PreparedStatement statement = connection.prepareStatement(
                            NamedParameterUtils.substituteNamedParameters(parsed, null))) {
                        for (MapSqlParameterSource row : group.rows()) {
                            Object[] values = NamedParameterUtils.buildValueArray(parsed, row, null);
                            for (int i = 0; i < values.length; i++) {
                                statement.setObject(i + 1, values[i]);
                            }
                            statement.addBatch();
                        }
                        statement.executeBatch();
                    }
                }
                return null;
            });
            groups.clear();
            lastGroupOfSql.clear();
            lastGroupOfKey.clear();
            lastRowOfKey.clear();
        }
    }
}
