package vn.directives.command.steering;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.UnitDirectory;
import vn.directives.events.steering.MemberContact;
import vn.directives.events.steering.Responsibilities;
import vn.directives.events.steering.SteeringMemberAppointed;
import vn.directives.events.steering.SteeringMemberRelieved;
import vn.directives.events.steering.SteeringMemberResponsibilitiesChanged;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directives.command.common.RuleViolations.violates;

class SteeringMemberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final LocalDate APPOINTED = LocalDate.of(2023, 1, 10);
    private static final LocalDate CHANGED = LocalDate.of(2024, 6, 1);
    private static final String ID = "pham.van.hung";
    private static final String TAKEN_ID = "le.thi.hoa";
    private static final String KHOI = "unit-dang-uy-khoi";
    private static final String KCN = "unit-dang-uy-kcn";
    private static final String DISSOLVED = "unit-thanh-uy-song-cong";
    private static final MemberContact CONTACT = new MemberContact("Phạm Văn Hùng", "pvhung@thainguyen.dcs.vn");
    private static final String POST = "Phó Trưởng Ban Tổ chức Tỉnh ủy, Phó Trưởng Ban Chỉ đạo";
    private static final Responsibilities KHOI_ONLY = new Responsibilities(List.of(KHOI), List.of());
    private static final String USER = "ban-to-chuc";

    private FixtureConfiguration<SteeringMember> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SteeringMember.class);
        UnitDirectory units = (unitId, on) -> unitId.equals(KHOI) || unitId.equals(KCN);
        MemberIds memberIds = TAKEN_ID::equals;
        fixture.registerInjectableResource(units);
        fixture.registerInjectableResource(memberIds);
    }

    private static CommandContext organizationCommittee() {
        return new CommandContext(USER, Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    }

    private static CommandContext theMemberThemself() {
        return new CommandContext(ID, Set.of(Role.STEERING_MEMBER), null, TODAY);
    }

    private static SteeringMemberAppointed appointed() {
        return new SteeringMemberAppointed(ID, CONTACT, POST, KHOI_ONLY, APPOINTED, USER);
    }

    private static AppointSteeringMember appoint(String memberId, MemberContact contact, String post,
                                                 Responsibilities responsibilities, LocalDate on) {
        return new AppointSteeringMember(memberId, contact, post, responsibilities, on, organizationCommittee());
    }


    // ---- appointment --------------------------------------------------------------------

    @Test
    void the_organization_committee_appoints_a_member_with_their_responsibilities() {
        fixture.givenNoPriorActivity()
                .when(appoint(ID, CONTACT, POST, KHOI_ONLY, APPOINTED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(appointed());
    }

    @Test
    void an_appointment_without_a_date_is_effective_today() {
        Responsibilities areas = new Responsibilities(List.of(), List.of("Doanh nghiệp FDI tại KCN Yên Bình"));
        fixture.givenNoPriorActivity()
                .when(appoint(ID, CONTACT, POST, areas, null))
                .expectEvents(new SteeringMemberAppointed(ID, CONTACT, POST, areas, TODAY, USER));
    }

    @Test
    void only_the_organization_committee_appoints_members() {
        fixture.givenNoPriorActivity()
                .when(new AppointSteeringMember(ID, CONTACT, POST, KHOI_ONLY, APPOINTED, theMemberThemself()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void a_member_id_serves_one_appointment_only() {
        fixture.givenNoPriorActivity()
                .when(appoint(TAKEN_ID, CONTACT, POST, KHOI_ONLY, APPOINTED))
                .expectException(violates("member-already-appointed"))
                .expectNoEvents();
    }

    @Test
    void a_member_is_appointed_under_a_name() {
        fixture.givenNoPriorActivity()
                .when(appoint(ID, new MemberContact(" ", "pvhung@thainguyen.dcs.vn"), POST, KHOI_ONLY, APPOINTED))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void a_member_is_appointed_to_a_post() {
        fixture.givenNoPriorActivity()
                .when(appoint(ID, CONTACT, null, KHOI_ONLY, APPOINTED))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void a_member_answers_for_at_least_one_unit_or_area() {
        fixture.givenNoPriorActivity()
                .when(appoint(ID, CONTACT, POST, new Responsibilities(List.of(), List.of()), APPOINTED))
                .expectException(violates("responsibilities-required"))
                .expectNoEvents();
    }

    @Test
    void a_member_answers_only_for_units_active_on_the_appointment_date() {
        fixture.givenNoPriorActivity()
                .when(appoint(ID, CONTACT, POST, new Responsibilities(List.of(KHOI, DISSOLVED), List.of()), APPOINTED))
                .expectException(violates("unit-not-active"))
                .expectNoEvents();
    }

    @Test
    void an_appointment_cannot_take_effect_in_the_future() {
        fixture.givenNoPriorActivity()
                .when(appoint(ID, CONTACT, POST, KHOI_ONLY, TODAY.plusDays(1)))
                .expectException(violates("not-in-future"))
                .expectNoEvents();
    }

    @Test
    void the_name_and_e_mail_never_reach_a_log_line() {
        String printed = appoint(ID, CONTACT, POST, KHOI_ONLY, APPOINTED) + " " + appointed();
        assertThat(printed).doesNotContain("Phạm Văn Hùng").doesNotContain("pvhung@");
    }

    // ---- responsibilities ---------------------------------------------------------------

    @Test
    void a_member_is_given_a_new_set_of_responsibilities() {
        Responsibilities both = new Responsibilities(List.of(KHOI, KCN), List.of("Doanh nghiệp tư nhân"));
        fixture.given(appointed())
                .when(new ChangeSteeringMemberResponsibilities(ID, 0L, both, CHANGED, organizationCommittee()))
                .expectEvents(new SteeringMemberResponsibilitiesChanged(ID, both, CHANGED, USER))
                .expectResultMessagePayload(1L);
    }

    @Test
    void the_same_responsibilities_in_another_order_are_no_change() {
        Responsibilities both = new Responsibilities(List.of(KHOI, KCN), List.of());
        fixture.given(appointed(), new SteeringMemberResponsibilitiesChanged(ID, both, CHANGED, USER))
                .when(new ChangeSteeringMemberResponsibilities(ID, null,
                        new Responsibilities(List.of(KCN, KHOI), List.of()), TODAY, organizationCommittee()))
                .expectException(violates("responsibilities-unchanged"))
                .expectNoEvents();
    }

    @Test
    void new_responsibilities_name_only_units_active_on_their_date() {
        fixture.given(appointed())
                .when(new ChangeSteeringMemberResponsibilities(ID, null,
                        new Responsibilities(List.of(DISSOLVED), List.of()), CHANGED, organizationCommittee()))
                .expectException(violates("unit-not-active"))
                .expectNoEvents();
    }

    @Test
    void a_change_of_responsibilities_cannot_precede_the_last_change() {
        fixture.given(appointed())
                .when(new ChangeSteeringMemberResponsibilities(ID, null,
                        new Responsibilities(List.of(KCN), List.of()), APPOINTED.minusDays(1), organizationCommittee()))
                .expectException(violates("not-before-last-change"))
                .expectNoEvents();
    }

    @Test
    void a_member_cannot_change_their_own_responsibilities() {
        fixture.given(appointed())
                .when(new ChangeSteeringMemberResponsibilities(ID, null,
                        new Responsibilities(List.of(KCN), List.of()), CHANGED, theMemberThemself()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    // ---- relief -------------------------------------------------------------------------

    @Test
    void a_member_is_relieved_with_the_reason() {
        fixture.given(appointed())
                .when(new RelieveSteeringMember(ID, 0L, "Nghỉ hưu theo chế độ", TODAY, organizationCommittee()))
                .expectEvents(new SteeringMemberRelieved(ID, "Nghỉ hưu theo chế độ", TODAY, USER))
                .expectResultMessagePayload(1L);
    }

    @Test
    void a_relief_needs_a_reason() {
        fixture.given(appointed())
                .when(new RelieveSteeringMember(ID, null, " ", TODAY, organizationCommittee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void a_relief_cannot_precede_the_last_change() {
        fixture.given(appointed(), new SteeringMemberResponsibilitiesChanged(ID,
                        new Responsibilities(List.of(KCN), List.of()), CHANGED, USER))
                .when(new RelieveSteeringMember(ID, null, "Điều động công tác khác", CHANGED.minusDays(1),
                        organizationCommittee()))
                .expectException(violates("not-before-last-change"))
                .expectNoEvents();
    }

    @Test
    void a_relieved_member_changes_no_more() {
        fixture.given(appointed(), new SteeringMemberRelieved(ID, "Nghỉ hưu theo chế độ", CHANGED, USER))
                .when(new ChangeSteeringMemberResponsibilities(ID, null,
                        new Responsibilities(List.of(KCN), List.of()), TODAY, organizationCommittee()))
                .expectException(violates("member-relieved"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_relieves_members() {
        fixture.given(appointed())
                .when(new RelieveSteeringMember(ID, null, "Xin thôi", TODAY, theMemberThemself()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }
}
