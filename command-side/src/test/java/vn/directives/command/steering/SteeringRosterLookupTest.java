package vn.directives.command.steering;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.directives.command.CommandSideApplication;
import vn.directives.command.common.CommandContext;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.SteeringRoster;
import vn.directives.events.steering.MemberContact;
import vn.directives.events.steering.Responsibilities;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Steering Committee roster on the real database, fed by real commands. Member ids are
 * random so that tests sharing a database never see each other's members.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CommandSideApplication.CONFIG_NAME)
class SteeringRosterLookupTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    private static final LocalDate APPOINTED = LocalDate.of(2023, 1, 10);
    private static final LocalDate RELIEVED = LocalDate.of(2025, 6, 30);
    private static final MemberContact CONTACT = new MemberContact("Nguyễn Thị Lan", "ntlan@thainguyen.dcs.vn");
    private static final Responsibilities AREAS = new Responsibilities(List.of(),
            List.of("Doanh nghiệp có vốn đầu tư nước ngoài tại KCN Yên Bình"));

    @Autowired
    private CommandGateway commands;
    @Autowired
    private SteeringRoster roster;
    @Autowired
    private JdbcClient jdbc;

    private static CommandContext organizationCommittee() {
        return new CommandContext("ban-to-chuc", Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    }

    private String appoint() {
        String id = "member-" + UUID.randomUUID();
        commands.sendAndWait(new AppointSteeringMember(id, CONTACT, "Ủy viên Ban Chỉ đạo", AREAS, APPOINTED,
                organizationCommittee()));
        return id;
    }

    @Test
    void a_member_serves_from_the_appointment_until_the_day_they_are_relieved() {
        String id = appoint();
        commands.sendAndWait(new RelieveSteeringMember(id, null, "Điều động công tác khác", RELIEVED,
                organizationCommittee()));

        assertThat(roster.isActiveMember(id, APPOINTED.minusDays(1))).isFalse();
        assertThat(roster.isActiveMember(id, APPOINTED)).isTrue();
        assertThat(roster.isActiveMember(id, RELIEVED.minusDays(1))).isTrue();
        assertThat(roster.isActiveMember(id, RELIEVED)).isFalse();
    }

    @Test
    void a_change_of_responsibilities_keeps_the_member_on_the_roster() {
        String id = appoint();
        commands.sendAndWait(new ChangeSteeringMemberResponsibilities(id, null,
                new Responsibilities(List.of(), List.of("Doanh nghiệp tư nhân tại TP Thái Nguyên")), TODAY,
                organizationCommittee()));

        assertThat(roster.isActiveMember(id, TODAY)).isTrue();
    }

    @Test
    void someone_never_appointed_is_not_a_member() {
        assertThat(roster.isActiveMember("member-" + UUID.randomUUID(), TODAY)).isFalse();
    }

    @Test
    void a_member_id_already_used_is_refused() {
        String id = appoint();

        assertThatThrownBy(() -> commands.sendAndWait(new AppointSteeringMember(id, CONTACT, "Ủy viên Ban Chỉ đạo",
                AREAS, TODAY, organizationCommittee())))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("member-already-appointed"));
    }

    @Test
    void the_roster_keeps_no_name_or_e_mail_address() {
        String id = appoint();

        String row = jdbc.sql("SELECT row_to_json(m)::text FROM command.steering_member m WHERE member_id = :id")
                .param("id", id).query(String.class).single();
        assertThat(row).contains(id).doesNotContain("Nguyễn Thị Lan").doesNotContain("ntlan@");
    }
}
