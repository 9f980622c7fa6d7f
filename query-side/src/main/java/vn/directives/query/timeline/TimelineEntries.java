package vn.directives.query.timeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.directives.query.infrastructure.BatchedWrites;
import vn.directives.query.names.Names;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The table {@code query.task_timeline_entry}. */
@Repository
public class TimelineEntries {

    private final JdbcClient jdbc;
    private final BatchedWrites writes;
    private final Names names;

    TimelineEntries(JdbcClient jdbc, BatchedWrites writes, Names names) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.names = names;
    }

    /** Adds the entry, at the end of the batch, unless its event (or its task's sequence number) is already there. */
    void add(TimelineEntry entry) {
        writes.sql("""
                        INSERT INTO query.task_timeline_entry (event_id, task_id, sequence_number, event_type, actor,
                            role, correlation_id, recorded_at, effective_on, change_vi, change_en)
                        VALUES (:eventId, :taskId, :sequenceNumber, :eventType, :actor, :role, :correlationId,
                            :recordedAt, :effectiveOn, :changeVi, :changeEn)
                        ON CONFLICT DO NOTHING""")
                .param("eventId", entry.eventId())
                .param("taskId", entry.taskId())
                .param("sequenceNumber", entry.sequenceNumber())
                .param("eventType", entry.eventType())
                .param("actor", entry.actor())
                .param("role", entry.role())
                .param("correlationId", entry.correlationId())
                .param("recordedAt", entry.recordedAt().atOffset(ZoneOffset.UTC))
                .param("effectiveOn", entry.effectiveOn())
                .param("changeVi", entry.changeVi())
                .param("changeEn", entry.changeEn())
                .queue("task", entry.taskId());
    }

    public long count(String taskId) {
        return jdbc.sql("SELECT count(*) FROM query.task_timeline_entry WHERE task_id = :taskId")
                .param("taskId", taskId)
                .query(Long.class)
                .single();
    }

    /**
     * The task's entries in the order its events happened to it (aggregate sequence), one page of
     * them, each with the name of its actor ({@link Names}: a Steering Committee member's name) and
     * its sentences naming the units and members they refer to.
     */
    public List<Named> page(String taskId, long offset, int limit) {
        List<Named> page = jdbc.sql("""
                        SELECT event_id, task_id, sequence_number, event_type, actor, role, correlation_id,
                            recorded_at, effective_on, change_vi, change_en, %s AS actor_name
                        FROM query.task_timeline_entry entry
                        WHERE task_id = :taskId
                        ORDER BY sequence_number
                        LIMIT :limit OFFSET :offset""".formatted(Names.memberNameSql("entry.actor")))
                .param("taskId", taskId)
                .param("limit", limit)
                .param("offset", offset)
                .query((row, number) -> new Named(entry(row, number), row.getString("actor_name")))
                .list();
        return named(page);
    }

    /**
     * The page with the units and members its sentences name ({@link NamedIds}) replaced by their
     * names: a unit as it was named on the day its step took effect, a member by their appointment.
     * Two statements for the whole page, whatever it names.
     */
    private List<Named> named(List<Named> page) {
        Set<Names.UnitOnDay> units = new HashSet<>();
        Set<String> members = new HashSet<>();
        for (Named named : page) {
            TimelineEntry entry = named.entry();
            for (String sentence : List.of(entry.changeVi(), entry.changeEn())) {
                NamedIds.units(sentence).forEach(unit -> units.add(new Names.UnitOnDay(unit, entry.effectiveOn())));
                members.addAll(NamedIds.members(sentence));
            }
        }
        if (units.isEmpty() && members.isEmpty()) {
            return page;
        }
        Map<Names.UnitOnDay, String> unitNames = names.unitsOnDays(units);
        Map<String, String> memberNames = names.members(members);
        return page.stream().map(named -> {
            TimelineEntry entry = named.entry();
            Function<String, String> unitThatDay = unit -> unitNames.get(new Names.UnitOnDay(unit, entry.effectiveOn()));
            return new Named(new TimelineEntry(entry.eventId(), entry.taskId(), entry.sequenceNumber(),
                    entry.eventType(), entry.actor(), entry.role(), entry.correlationId(), entry.recordedAt(),
                    entry.effectiveOn(), NamedIds.resolve(entry.changeVi(), unitThatDay, memberNames::get),
                    NamedIds.resolve(entry.changeEn(), unitThatDay, memberNames::get)), named.actorName());
        }).toList();
    }

    void clear() {
        jdbc.sql("TRUNCATE query.task_timeline_entry").update();
    }

    /** An entry as read, with the name of the user who took the step, null if it is not a member's. */
    public record Named(TimelineEntry entry, String actorName) {

        /** The roles the step was taken in, as readers know them ("Ban Tổ chức Tỉnh ủy"); null when none was recorded. */
        public String roleLabel(boolean english) {
            return ActingRole.label(entry.role(), english ? Language.EN : Language.VI);
        }
    }

    private static TimelineEntry entry(ResultSet row, int number) throws SQLException {
        return new TimelineEntry(row.getString("event_id"), row.getString("task_id"), row.getLong("sequence_number"),
                row.getString("event_type"), row.getString("actor"), row.getString("role"),
                row.getString("correlation_id"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getObject("effective_on", LocalDate.class), row.getString("change_vi"),
                row.getString("change_en"));
    }
}
