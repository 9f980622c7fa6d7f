package vn.directives.command.steering;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.command.common.SteeringRoster;
import vn.directives.events.steering.SteeringMemberAppointed;
import vn.directives.events.steering.SteeringMemberRelieved;

import java.time.LocalDate;

/**
 * Who sits on the Steering Committee on which day, by effective date, as the command side's
 * rules see it. Updated in the transaction of the command whose events it follows (a subscribing
 * processor), so that it never lags behind them. Keeps ids and dates only, never names or
 * e-mail addresses. Safe to apply twice.
 */
@Component
@ProcessingGroup(SteeringRosterLookup.GROUP)
class SteeringRosterLookup implements SteeringRoster, MemberIds {

    static final String GROUP = "steering-roster-lookup";

    private final JdbcClient jdbc;

    SteeringRosterLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member from the day of appointment until the day before they were relieved. */
    @Override
    public boolean isActiveMember(String memberId, LocalDate on) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM command.steering_member
                                        WHERE member_id = :memberId AND appointed_on <= :on
                                          AND (relieved_on IS NULL OR relieved_on > :on))""")
                .param("memberId", memberId)
                .param("on", on)
                .query(Boolean.class)
                .single();
    }

    @Override
    public boolean isTaken(String memberId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM command.steering_member WHERE member_id = :memberId)")
                .param("memberId", memberId)
                .query(Boolean.class)
                .single();
    }

    @EventHandler
    void on(SteeringMemberAppointed event) {
        jdbc.sql("""
                        INSERT INTO command.steering_member (member_id, appointed_on) VALUES (:memberId, :on)
                        ON CONFLICT (member_id) DO NOTHING""")
                .param("memberId", event.memberId())
                .param("on", event.effectiveOn())
                .update();
    }

    @EventHandler
    void on(SteeringMemberRelieved event) {
        jdbc.sql("UPDATE command.steering_member SET relieved_on = :on WHERE member_id = :memberId")
                .param("memberId", event.memberId())
                .param("on", event.effectiveOn())
                .update();
    }
}
