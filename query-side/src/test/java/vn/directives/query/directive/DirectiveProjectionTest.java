package vn.directives.query.directive;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.directives.events.directive.DirectiveKind;
import vn.directives.events.directive.DirectivePoint;
import vn.directives.events.directive.DirectiveRegistered;
import vn.directives.events.directive.DirectiveReplaced;
import vn.directives.events.directive.DirectiveTargetsAmended;
import vn.directives.events.directive.Target;
import vn.directives.events.directive.ReportingCadence;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.ProjectionDriver;
import vn.directives.query.ProjectionTest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directive list through its real projection (the processor's handler invoker, in a
 * transaction) on the real database. The directives processor also follows the shared event
 * store in this context, so the test works on a directive of its own and leaves the table's other
 * rows alone.
 */
@ProjectionTest
class DirectiveProjectionTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcClient jdbc;

    @BeforeAll
    static void eventStoreExists() {
        CommandSideMigrations.apply();
    }

    private static DirectiveRegistered registered(String id, String title) {
        return new DirectiveRegistered(id, "35-CT/TU", DirectiveKind.DIRECTIVE, LocalDate.of(2024, 5, 20),
                "Ban Thường vụ Tỉnh ủy", title,
                List.of(new DirectivePoint(1, "Quán triệt đến từng chi bộ."), new DirectivePoint(2, "Rà soát.")),
                "unit-ban-to-chuc", new ReportingCadence(ReportingCadence.Frequency.YEARLY, 11, 15,
                "Ban Thường vụ Tỉnh ủy"), List.of(), "ban-to-chuc");
    }

    private List<String> rows(String id) {
        return jdbc.sql("SELECT row_to_json(d)::text FROM query.directive d WHERE id = :id").param("id", id)
                .query(String.class).list();
    }

    @Test
    void a_registration_applied_twice_or_redelivered_changed_leaves_the_row_as_first_applied() {
        ProjectionDriver directives = ProjectionDriver.of(context, DirectiveProjection.GROUP);
        String id = "directive-" + UUID.randomUUID();
        DomainEventMessage<?> registration = directives.event(id, registered(id, "Về xây dựng tổ chức đảng"),
                Instant.parse("2024-05-21T02:00:00Z"));
        try {
            directives.apply(List.of(registration));
            List<String> once = rows(id);
            assertThat(once).singleElement().asString()
                    .contains("\"title\":\"Về xây dựng tổ chức đảng\"").contains("\"point_count\":2");

            directives.applyEachTwice(List.of(registration));
            assertThat(rows(id)).isEqualTo(once);

            directives.apply(List.of(directives.event(id, registered(id, "Tiêu đề khác"),
                    Instant.parse("2024-06-01T02:00:00Z"))));
            assertThat(rows(id)).isEqualTo(once);
        } finally {
            jdbc.sql("DELETE FROM query.directive WHERE id = :id").param("id", id).update();
        }
    }

    @Test
    void amended_targets_and_a_replacement_show_on_the_directive_applied_once() {
        ProjectionDriver directives = ProjectionDriver.of(context, DirectiveProjection.GROUP);
        String id = "directive-" + UUID.randomUUID();
        List<Target> amended = List.of(new Target("I1", "Ít nhất 20% doanh nghiệp có tổ chức đảng",
                new BigDecimal("20"), 2030));
        List<DomainEventMessage<?>> history = List.of(
                directives.event(id, registered(id, "Về xây dựng tổ chức đảng"), Instant.parse("2024-05-21T02:00:00Z")),
                directives.event(id, new DirectiveTargetsAmended(id, amended, "Nghị quyết Đại hội", LocalDate.of(2025, 3, 1),
                        "ban-to-chuc"), Instant.parse("2025-03-02T02:00:00Z")),
                directives.event(id, new DirectiveReplaced(id, "directive-newer", LocalDate.of(2026, 1, 5),
                        "ban-to-chuc"), Instant.parse("2026-01-06T02:00:00Z")));
        try {
            directives.apply(history);
            List<String> once = rows(id);
            assertThat(once).singleElement().asString()
                    .contains("\"replaced_by_directive_id\":\"directive-newer\"")
                    .contains("\"replaced_on\":\"2026-01-05\"")
                    .contains("\"targets_amended_on\":\"2025-03-01\"")
                    .contains("Ít nhất 20% doanh nghiệp có tổ chức đảng");

            directives.applyEachTwice(history);
            assertThat(rows(id)).isEqualTo(once);
        } finally {
            jdbc.sql("DELETE FROM query.directive WHERE id = :id").param("id", id).update();
        }
    }
}
