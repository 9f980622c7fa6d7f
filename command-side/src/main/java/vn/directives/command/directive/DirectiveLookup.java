package vn.directives.command.directive;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.command.common.DirectiveCatalogue;
import vn.directives.events.directive.DirectivePoint;
import vn.directives.events.directive.DirectiveRegistered;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The registered directives as the command side's rules see them: their points, numbers and
 * issue dates. Updated in the transaction of the command whose events it follows (a subscribing
 * processor). Numbers are unique in the table: when two registrations of one number race past
 * the directive's own check, the second waits for the first and is refused here, which rolls
 * its events back. Safe to apply twice.
 */
@Component
@ProcessingGroup(DirectiveLookup.GROUP)
class DirectiveLookup implements DirectiveCatalogue, DirectiveIndex {

    static final String GROUP = "directive-lookup";

    private final JdbcClient jdbc;

    DirectiveLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasPoint(String directiveId, int pointNumber) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM command.directive_point
                                        WHERE directive_id = :directiveId AND point_number = :point)""")
                .param("directiveId", directiveId)
                .param("point", pointNumber)
                .query(Boolean.class)
                .single();
    }

    @Override
    public boolean isNumberTaken(String number) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM command.directive WHERE number = :number)")
                .param("number", number)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<LocalDate> issuedOn(String directiveId) {
        return jdbc.sql("SELECT issued_on FROM command.directive WHERE directive_id = :directiveId")
                .param("directiveId", directiveId)
                .query(LocalDate.class)
                .optional();
    }

    @EventHandler
    void on(DirectiveRegistered event) {
        // No unique violation is let happen: it would abort the whole transaction in PostgreSQL.
        int inserted = jdbc.sql("""
                        INSERT INTO command.directive (directive_id, number, issued_on)
                        VALUES (:directiveId, :number, :issuedOn)
                        ON CONFLICT DO NOTHING""")
                .param("directiveId", event.directiveId())
                .param("number", event.number())
                .param("issuedOn", event.issuedOn())
                .update();
        if (inserted == 0 && !isRegistered(event.directiveId())) {
            throw Directive.numberTaken(event.number());
        }
        for (DirectivePoint point : event.points()) {
            jdbc.sql("""
                            INSERT INTO command.directive_point (directive_id, point_number)
                            VALUES (:directiveId, :point)
                            ON CONFLICT DO NOTHING""")
                    .param("directiveId", event.directiveId())
                    .param("point", point.number())
                    .update();
        }
    }

    @Override
    public boolean isRegistered(String directiveId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM command.directive WHERE directive_id = :directiveId)")
                .param("directiveId", directiveId)
                .query(Boolean.class)
                .single();
    }
}
