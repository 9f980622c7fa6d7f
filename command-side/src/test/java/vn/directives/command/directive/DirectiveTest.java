package vn.directives.command.directive;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.UnitDirectory;
import vn.directives.events.directive.DirectiveKind;
import vn.directives.events.directive.DirectivePoint;
import vn.directives.events.directive.DirectiveRegistered;
import vn.directives.events.directive.DirectiveReplaced;
import vn.directives.events.directive.DirectiveUrgingPolicySet;
import vn.directives.events.directive.DirectiveTargetsAmended;
import vn.directives.events.directive.ReportingCadence;
import vn.directives.events.directive.Target;
import vn.directives.events.urging.UrgingPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.directives.command.common.RuleViolations.violates;

class DirectiveTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    /** 22-CT/TU of 29/11/2011, replaced by 42-CT/TU of 23/12/2022. */
    private static final String OLDER = "directive-22";
    private static final LocalDate OLDER_ISSUED = LocalDate.of(2011, 11, 29);
    private static final String NEWER = "directive-42";
    private static final LocalDate NEWER_ISSUED = LocalDate.of(2022, 12, 23);
    private static final String UNKNOWN = "directive-unknown";
    private static final String LEAD_UNIT = "unit-ban-to-chuc";
    private static final String USER = "ban-to-chuc";
    private static final String TITLE =
            "Về tăng cường công tác xây dựng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước";
    private static final List<DirectivePoint> POINTS = List.of(
            new DirectivePoint(1, "Nâng cao nhận thức về vai trò của tổ chức đảng trong doanh nghiệp."),
            new DirectivePoint(2, "Khảo sát, nắm tình hình doanh nghiệp, đảng viên làm việc tại doanh nghiệp."),
            new DirectivePoint(3, "Thành lập tổ chức đảng ở doanh nghiệp có đủ điều kiện."));
    private static final ReportingCadence CADENCE = new ReportingCadence(ReportingCadence.Frequency.YEARLY, 11, 15,
            "Ban Thường vụ Tỉnh ủy");
    private static final Target I1_2030 = target("I1", "15", 2030);
    private static final Target I2_2030 = target("I2", "80", 2030);
    private static final Target I3_2030 = target("I3", "70", 2030);
    private static final Target I4_2030 = target("I4", "80", 2030);

    private FixtureConfiguration<Directive> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Directive.class);
        UnitDirectory units = (unitId, on) -> unitId.equals(LEAD_UNIT) && on.getYear() >= 2000;
        fixture.registerInjectableResource(units);
        fixture.registerInjectableResource(new KnownDirectives(Set.of("22-CT/TU"),
                Map.of(OLDER, OLDER_ISSUED, NEWER, NEWER_ISSUED)));
    }

    /** The directives the rules see, as the lookup would answer. */
    private record KnownDirectives(Set<String> numbers, Map<String, LocalDate> issueDates) implements DirectiveIndex {

        @Override
        public boolean isNumberTaken(String number) {
            return numbers.contains(number);
        }

        @Override
        public Optional<LocalDate> issuedOn(String directiveId) {
            return Optional.ofNullable(issueDates.get(directiveId));
        }
    }

    private static Target target(String indicator, String threshold, int horizon) {
        return new Target(indicator, "Chỉ tiêu " + indicator + " đến năm " + horizon, new BigDecimal(threshold), horizon);
    }

    private static CommandContext organizationCommittee() {
        return new CommandContext(USER, Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    }

    private static CommandContext standingCommittee() {
        return new CommandContext("ban-thuong-vu", Set.of(Role.STANDING_COMMITTEE), null, TODAY);
    }

    private static RegisterDirective register(String number, List<DirectivePoint> points, List<Target> targets,
                                              CommandContext context) {
        return new RegisterDirective(NEWER, number, DirectiveKind.DIRECTIVE, NEWER_ISSUED, "Tỉnh ủy Thái Nguyên",
                TITLE, points, LEAD_UNIT, CADENCE, targets, context);
    }

    private static DirectiveRegistered newerRegistered(List<Target> targets) {
        return new DirectiveRegistered(NEWER, "42-CT/TU", DirectiveKind.DIRECTIVE, NEWER_ISSUED, "Tỉnh ủy Thái Nguyên",
                TITLE, POINTS, LEAD_UNIT, CADENCE, targets, USER);
    }

    private static DirectiveRegistered olderRegistered() {
        return new DirectiveRegistered(OLDER, "22-CT/TU", DirectiveKind.DIRECTIVE, OLDER_ISSUED, "Tỉnh ủy Thái Nguyên",
                "Về tăng cường lãnh đạo công tác xây dựng tổ chức đảng trong doanh nghiệp tư nhân", POINTS, LEAD_UNIT,
                CADENCE, List.of(), USER);
    }


    // ---- registration -------------------------------------------------------------------

    @Test
    void the_organization_committee_registers_a_directive_with_its_targets() {
        List<Target> targets = List.of(I1_2030, I2_2030, I3_2030, I4_2030);
        fixture.givenNoPriorActivity()
                .when(register("42-CT/TU", POINTS, targets, organizationCommittee()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(newerRegistered(targets));
    }

    @Test
    void only_the_organization_committee_registers_directives() {
        fixture.givenNoPriorActivity()
                .when(register("42-CT/TU", POINTS, List.of(), standingCommittee()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void a_number_is_registered_for_one_directive_only() {
        fixture.givenNoPriorActivity()
                .when(register("22-CT/TU", POINTS, List.of(), organizationCommittee()))
                .expectException(violates("directive-number-taken"))
                .expectNoEvents();
    }

    @Test
    void a_directive_has_each_point_number_once() {
        List<DirectivePoint> twice = List.of(POINTS.get(0), new DirectivePoint(1, "Lặp lại điểm 1."));
        fixture.givenNoPriorActivity()
                .when(register("42-CT/TU", twice, List.of(), organizationCommittee()))
                .expectException(violates("duplicate-point"))
                .expectNoEvents();
    }

    @Test
    void the_lead_unit_must_be_active_on_the_issue_date() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDirective(NEWER, "42-CT/TU", DirectiveKind.DIRECTIVE, NEWER_ISSUED,
                        "Tỉnh ủy Thái Nguyên", TITLE, POINTS, "unit-huyen-uy-phu-binh", CADENCE, List.of(),
                        organizationCommittee()))
                .expectException(violates("unit-not-active"))
                .expectNoEvents();
    }

    @Test
    void a_directive_cannot_be_issued_in_the_future() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDirective(NEWER, "42-CT/TU", DirectiveKind.DIRECTIVE, TODAY.plusDays(1),
                        "Tỉnh ủy Thái Nguyên", TITLE, POINTS, LEAD_UNIT, CADENCE, List.of(), organizationCommittee()))
                .expectException(violates("not-in-future"))
                .expectNoEvents();
    }

    @Test
    void a_target_is_measured_by_one_of_the_four_indicators() {
        fixture.givenNoPriorActivity()
                .when(register("42-CT/TU", POINTS, List.of(target("I5", "50", 2030)), organizationCommittee()))
                .expectException(violates("unknown-indicator"))
                .expectNoEvents();
    }

    @Test
    void a_target_says_what_it_measures() {
        fixture.givenNoPriorActivity()
                .when(register("42-CT/TU", POINTS, List.of(new Target("I1", " ", new BigDecimal("15"), 2030)),
                        organizationCommittee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void a_threshold_is_a_percentage_up_to_one_hundred() {
        fixture.givenNoPriorActivity()
                .when(register("42-CT/TU", POINTS, List.of(target("I2", "100.01", 2030)), organizationCommittee()))
                .expectException(violates("threshold-range"))
                .expectNoEvents();
    }

    @Test
    void a_threshold_is_not_negative() {
        fixture.givenNoPriorActivity()
                .when(register("42-CT/TU", POINTS, List.of(target("I2", "-1", 2030)), organizationCommittee()))
                .expectException(violates("threshold-range"))
                .expectNoEvents();
    }

    @Test
    void a_target_is_not_reached_before_the_directive_is_issued() {
        fixture.givenNoPriorActivity()
                .when(register("42-CT/TU", POINTS, List.of(target("I1", "15", 2021)), organizationCommittee()))
                .expectException(violates("horizon-before-issue"))
                .expectNoEvents();
    }

    @Test
    void an_indicator_has_one_threshold_per_year() {
        fixture.givenNoPriorActivity()
                .when(register("42-CT/TU", POINTS, List.of(I1_2030, target("I1", "20", 2030)),
                        organizationCommittee()))
                .expectException(violates("duplicate-target"))
                .expectNoEvents();
    }

    // ---- target amendments --------------------------------------------------------------

    @Test
    void the_targets_are_amended_with_the_full_new_list() {
        List<Target> amended = List.of(target("I1", "20", 2030), I2_2030, target("I1", "12", 2025));
        fixture.given(newerRegistered(List.of(I1_2030, I2_2030)))
                .when(new AmendDirectiveTargets(NEWER, 0L, amended, "Điều chỉnh theo Nghị quyết Đại hội", TODAY,
                        organizationCommittee()))
                .expectEvents(new DirectiveTargetsAmended(NEWER, amended, "Điều chỉnh theo Nghị quyết Đại hội", TODAY,
                        USER))
                .expectResultMessagePayload(1L);
    }

    @Test
    void an_amendment_states_its_reason() {
        fixture.given(newerRegistered(List.of(I1_2030)))
                .when(new AmendDirectiveTargets(NEWER, null, List.of(I2_2030), " ", TODAY, organizationCommittee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void the_same_targets_in_another_order_and_notation_are_no_amendment() {
        fixture.given(newerRegistered(List.of(I1_2030, I2_2030)))
                .when(new AmendDirectiveTargets(NEWER, null, List.of(I2_2030, target("I1", "15.00", 2030)),
                        "Rà soát", TODAY, organizationCommittee()))
                .expectException(violates("targets-unchanged"))
                .expectNoEvents();
    }

    @Test
    void amended_targets_follow_the_same_rules() {
        fixture.given(newerRegistered(List.of(I1_2030)))
                .when(new AmendDirectiveTargets(NEWER, null, List.of(target("I3", "70", 2020)), "Rà soát", TODAY,
                        organizationCommittee()))
                .expectException(violates("horizon-before-issue"))
                .expectNoEvents();
    }

    @Test
    void an_amendment_cannot_precede_the_last_change() {
        fixture.given(newerRegistered(List.of(I1_2030)),
                        new DirectiveTargetsAmended(NEWER, List.of(I2_2030), "Rà soát", LocalDate.of(2024, 1, 5), USER))
                .when(new AmendDirectiveTargets(NEWER, null, List.of(I3_2030), "Rà soát lần hai",
                        LocalDate.of(2024, 1, 4), organizationCommittee()))
                .expectException(violates("not-before-last-change"))
                .expectNoEvents();
    }

    @Test
    void an_amendment_cannot_take_effect_in_the_future() {
        fixture.given(newerRegistered(List.of(I1_2030)))
                .when(new AmendDirectiveTargets(NEWER, null, List.of(I2_2030), "Rà soát", TODAY.plusDays(1),
                        organizationCommittee()))
                .expectException(violates("not-in-future"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_amends_targets() {
        fixture.given(newerRegistered(List.of(I1_2030)))
                .when(new AmendDirectiveTargets(NEWER, null, List.of(I2_2030), "Rà soát", TODAY, standingCommittee()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    // ---- replacement --------------------------------------------------------------------

    @Test
    void the_older_directive_is_replaced_from_the_day_the_newer_one_is_issued() {
        fixture.given(olderRegistered())
                .when(new ReplaceDirective(OLDER, 0L, NEWER, null, organizationCommittee()))
                .expectEvents(new DirectiveReplaced(OLDER, NEWER, NEWER_ISSUED, USER))
                .expectResultMessagePayload(1L);
    }

    @Test
    void a_replacement_may_take_effect_later_than_the_newer_issue_date() {
        LocalDate later = NEWER_ISSUED.plusDays(8);
        fixture.given(olderRegistered())
                .when(new ReplaceDirective(OLDER, null, NEWER, later, organizationCommittee()))
                .expectEvents(new DirectiveReplaced(OLDER, NEWER, later, USER));
    }

    @Test
    void a_directive_cannot_replace_itself() {
        fixture.given(olderRegistered())
                .when(new ReplaceDirective(OLDER, null, OLDER, null, organizationCommittee()))
                .expectException(violates("replaced-by-itself"))
                .expectNoEvents();
    }

    @Test
    void the_replacing_directive_must_be_registered() {
        fixture.given(olderRegistered())
                .when(new ReplaceDirective(OLDER, null, UNKNOWN, null, organizationCommittee()))
                .expectException(violates("unknown-directive"))
                .expectNoEvents();
    }

    @Test
    void an_older_directive_cannot_replace_a_newer_one() {
        fixture.given(newerRegistered(List.of()))
                .when(new ReplaceDirective(NEWER, null, OLDER, null, organizationCommittee()))
                .expectException(violates("replacement-must-be-newer"))
                .expectNoEvents();
    }

    @Test
    void a_replacement_cannot_take_effect_before_the_newer_directive_is_issued() {
        fixture.given(olderRegistered())
                .when(new ReplaceDirective(OLDER, null, NEWER, NEWER_ISSUED.minusDays(1), organizationCommittee()))
                .expectException(violates("not-before-replacement-issued"))
                .expectNoEvents();
    }

    @Test
    void a_replacement_cannot_precede_the_last_change() {
        fixture.given(olderRegistered(),
                        new DirectiveTargetsAmended(OLDER, List.of(target("I1", "10", 2025)), "Rà soát",
                                LocalDate.of(2023, 2, 1), USER))
                .when(new ReplaceDirective(OLDER, null, NEWER, null, organizationCommittee()))
                .expectException(violates("not-before-last-change"))
                .expectNoEvents();
    }

    @Test
    void a_replacement_cannot_take_effect_in_the_future() {
        fixture.given(olderRegistered())
                .when(new ReplaceDirective(OLDER, null, NEWER, TODAY.plusDays(1), organizationCommittee()))
                .expectException(violates("not-in-future"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_records_a_replacement() {
        fixture.given(olderRegistered())
                .when(new ReplaceDirective(OLDER, null, NEWER, null, standingCommittee()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void a_directive_is_replaced_once() {
        fixture.given(olderRegistered(), new DirectiveReplaced(OLDER, NEWER, NEWER_ISSUED, USER))
                .when(new ReplaceDirective(OLDER, null, NEWER, null, organizationCommittee()))
                .expectException(violates("directive-replaced"))
                .expectNoEvents();
    }

    @Test
    void a_replaced_directive_keeps_its_targets() {
        fixture.given(olderRegistered(), new DirectiveReplaced(OLDER, NEWER, NEWER_ISSUED, USER))
                .when(new AmendDirectiveTargets(OLDER, null, List.of(I1_2030), "Rà soát", TODAY,
                        organizationCommittee()))
                .expectException(violates("directive-replaced"))
                .expectNoEvents();
    }
    // ---- urging policy ------------------------------------------------------------------

    @Test
    void the_organization_committee_sets_how_the_directives_tasks_are_urged() {
        fixture.given(newerRegistered(List.of()))
                .when(new SetDirectiveUrgingPolicy(NEWER, null, 5, 10, null, organizationCommittee()))
                .expectEvents(new DirectiveUrgingPolicySet(NEWER, new UrgingPolicy(5, 10), TODAY, USER));
    }

    @Test
    void a_reminder_cannot_be_set_further_ahead_than_sixty_working_days() {
        fixture.given(newerRegistered(List.of()))
                .when(new SetDirectiveUrgingPolicy(NEWER, null, 61, 10, null, organizationCommittee()))
                .expectException(violates("working-days-range"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_sets_a_directives_urging_policy() {
        fixture.given(newerRegistered(List.of()))
                .when(new SetDirectiveUrgingPolicy(NEWER, null, 5, 10, null, standingCommittee()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void a_replaced_directive_gets_no_urging_policy() {
        fixture.given(olderRegistered(), new DirectiveReplaced(OLDER, NEWER, NEWER_ISSUED, USER))
                .when(new SetDirectiveUrgingPolicy(OLDER, null, 5, 10, null, organizationCommittee()))
                .expectException(violates("directive-replaced"))
                .expectNoEvents();
    }
}
