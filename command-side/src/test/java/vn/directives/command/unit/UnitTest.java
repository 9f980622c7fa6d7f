package vn.directives.command.unit;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.UnitDirectory;
import vn.directives.events.unit.UnitDissolved;
import vn.directives.events.unit.UnitKind;
import vn.directives.events.unit.UnitMerged;
import vn.directives.events.unit.UnitRegistered;
import vn.directives.events.unit.UnitRenamed;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static vn.directives.command.common.RuleViolations.violates;

class UnitTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 7, 10);
    private static final LocalDate REGISTERED = LocalDate.of(2015, 1, 1);
    private static final LocalDate RENAMED = LocalDate.of(2020, 3, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final String ID = "unit-song-cong";
    private static final String PROVINCE = "unit-tinh-uy";
    private static final String NEW_WARD = "unit-phuong-song-cong";
    /** Registered in the directory, but not active at any date these tests use. */
    private static final String INACTIVE = "unit-huyen-phu-binh";
    private static final String NAME = "Thành ủy Sông Công";
    private static final String USER = "ban-to-chuc";

    private FixtureConfiguration<Unit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Unit.class);
        UnitDirectory units = (unitId, on) -> unitId.equals(PROVINCE) || unitId.equals(NEW_WARD);
        fixture.registerInjectableResource(units);
    }

    private static CommandContext organizationCommittee() {
        return new CommandContext(USER, Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    }

    private static CommandContext unitOfficer() {
        return new CommandContext("officer-1", Set.of(Role.UNIT_OFFICER), ID, TODAY);
    }

    private static UnitRegistered registered() {
        return new UnitRegistered(ID, NAME, UnitKind.CITY_PARTY_COMMITTEE, PROVINCE, REGISTERED, USER);
    }


    // ---- registration -------------------------------------------------------------------

    @Test
    void the_organization_committee_registers_a_unit_under_its_parent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(ID, NAME, UnitKind.CITY_PARTY_COMMITTEE, PROVINCE, REGISTERED,
                        organizationCommittee()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void a_registration_without_a_date_is_effective_today() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(ID, "Đảng ủy phường Sông Công", UnitKind.WARD, null, null,
                        organizationCommittee()))
                .expectEvents(new UnitRegistered(ID, "Đảng ủy phường Sông Công", UnitKind.WARD, null, TODAY, USER));
    }

    @Test
    void only_the_organization_committee_registers_units() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(ID, NAME, UnitKind.CITY_PARTY_COMMITTEE, null, REGISTERED, unitOfficer()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void a_unit_needs_a_name() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(ID, "  ", UnitKind.WARD, null, REGISTERED, organizationCommittee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void a_unit_cannot_exist_from_a_future_date() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(ID, NAME, UnitKind.WARD, null, TODAY.plusDays(1), organizationCommittee()))
                .expectException(violates("not-in-future"))
                .expectNoEvents();
    }

    @Test
    void the_parent_unit_must_be_active_on_the_effective_date() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(ID, "Đảng ủy xã Tân Thành", UnitKind.COMMUNE, INACTIVE, REGISTERED,
                        organizationCommittee()))
                .expectException(violates("parent-not-active"))
                .expectNoEvents();
    }

    @Test
    void no_district_committee_exists_from_the_first_of_july_2025() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(ID, "Huyện ủy Phú Bình", UnitKind.DISTRICT_PARTY_COMMITTEE, PROVINCE, REFORM,
                        organizationCommittee()))
                .expectException(violates("district-level-abolished"))
                .expectNoEvents();
    }

    @Test
    void a_district_committee_is_registered_for_the_years_before_the_reform() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(ID, "Huyện ủy Phú Bình", UnitKind.DISTRICT_PARTY_COMMITTEE, PROVINCE,
                        REFORM.minusDays(1), organizationCommittee()))
                .expectEvents(new UnitRegistered(ID, "Huyện ủy Phú Bình", UnitKind.DISTRICT_PARTY_COMMITTEE, PROVINCE,
                        REFORM.minusDays(1), USER));
    }

    // ---- renaming -----------------------------------------------------------------------

    @Test
    void a_unit_bears_a_new_name_from_the_effective_date() {
        fixture.given(registered())
                .when(new RenameUnit(ID, 0L, "Thành ủy thành phố Sông Công", RENAMED, organizationCommittee()))
                .expectEvents(new UnitRenamed(ID, NAME, "Thành ủy thành phố Sông Công", RENAMED, USER))
                .expectResultMessagePayload(1L);
    }

    @Test
    void a_renaming_may_take_effect_on_the_day_of_the_last_change() {
        fixture.given(registered())
                .when(new RenameUnit(ID, null, "Thành ủy TP Sông Công", REGISTERED, organizationCommittee()))
                .expectEvents(new UnitRenamed(ID, NAME, "Thành ủy TP Sông Công", REGISTERED, USER));
    }

    @Test
    void a_renaming_cannot_precede_the_last_change() {
        fixture.given(registered(), new UnitRenamed(ID, NAME, "Thành ủy TP Sông Công", RENAMED, USER))
                .when(new RenameUnit(ID, null, "Thành ủy Sông Công mới", RENAMED.minusDays(1),
                        organizationCommittee()))
                .expectException(violates("not-before-last-change"))
                .expectNoEvents();
    }

    @Test
    void a_renaming_cannot_take_effect_in_the_future() {
        fixture.given(registered())
                .when(new RenameUnit(ID, null, "Thành ủy TP Sông Công", TODAY.plusDays(1), organizationCommittee()))
                .expectException(violates("not-in-future"))
                .expectNoEvents();
    }

    @Test
    void a_renaming_must_change_the_name() {
        fixture.given(registered())
                .when(new RenameUnit(ID, null, " " + NAME + " ", RENAMED, organizationCommittee()))
                .expectException(violates("name-unchanged"))
                .expectNoEvents();
    }

    @Test
    void a_city_committee_of_the_district_level_takes_no_new_name_after_the_reform() {
        fixture.given(registered())
                .when(new RenameUnit(ID, null, "Thành ủy thành phố Sông Công", REFORM, organizationCommittee()))
                .expectException(violates("district-level-abolished"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_renames_units() {
        fixture.given(registered())
                .when(new RenameUnit(ID, null, "Thành ủy TP Sông Công", RENAMED, unitOfficer()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    // ---- merger -------------------------------------------------------------------------

    @Test
    void a_unit_is_merged_into_an_active_unit() {
        fixture.given(registered())
                .when(new MergeUnit(ID, 0L, NEW_WARD, REFORM, organizationCommittee()))
                .expectEvents(new UnitMerged(ID, NEW_WARD, REFORM, USER))
                .expectResultMessagePayload(1L);
    }

    @Test
    void a_unit_cannot_be_merged_into_itself() {
        fixture.given(registered())
                .when(new MergeUnit(ID, null, ID, REFORM, organizationCommittee()))
                .expectException(violates("merge-into-itself"))
                .expectNoEvents();
    }

    @Test
    void a_unit_cannot_be_merged_into_an_inactive_unit() {
        fixture.given(registered())
                .when(new MergeUnit(ID, null, INACTIVE, REFORM, organizationCommittee()))
                .expectException(violates("merge-target-not-active"))
                .expectNoEvents();
    }

    @Test
    void a_merger_cannot_precede_the_last_change() {
        fixture.given(registered())
                .when(new MergeUnit(ID, null, NEW_WARD, REGISTERED.minusDays(1), organizationCommittee()))
                .expectException(violates("not-before-last-change"))
                .expectNoEvents();
    }

    // ---- dissolution --------------------------------------------------------------------

    @Test
    void a_unit_is_dissolved_with_its_reason() {
        fixture.given(registered(), new UnitRenamed(ID, NAME, "Thành ủy TP Sông Công", RENAMED, USER))
                .when(new DissolveUnit(ID, 1L, "Kết thúc hoạt động cấp huyện (Quy định 294-QĐ/TW)", null, REFORM,
                        organizationCommittee()))
                .expectEvents(new UnitDissolved(ID, "Kết thúc hoạt động cấp huyện (Quy định 294-QĐ/TW)", REFORM,
                        USER))
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_district_committee_is_dissolved_into_the_ward_committees_that_succeed_it() {
        fixture.given(registered())
                .when(new DissolveUnit(ID, null, "Sắp xếp tổ chức", List.of(NEW_WARD, PROVINCE), REFORM,
                        organizationCommittee()))
                .expectEvents(new UnitDissolved(ID, "Sắp xếp tổ chức", List.of(NEW_WARD, PROVINCE), REFORM, USER));
    }

    @Test
    void a_successor_is_a_unit_active_on_the_day_of_the_dissolution() {
        fixture.given(registered())
                .when(new DissolveUnit(ID, null, "Sắp xếp tổ chức", List.of(NEW_WARD, INACTIVE), REFORM,
                        organizationCommittee()))
                .expectException(violates("successor-not-active", "successorUnitIds[1]"))
                .expectNoEvents();
    }

    @Test
    void a_successor_is_named_once() {
        fixture.given(registered())
                .when(new DissolveUnit(ID, null, "Sắp xếp tổ chức", List.of(NEW_WARD, NEW_WARD), REFORM,
                        organizationCommittee()))
                .expectException(violates("successor-named-twice", "successorUnitIds[1]"))
                .expectNoEvents();
    }

    @Test
    void a_unit_does_not_succeed_itself() {
        fixture.given(registered())
                .when(new DissolveUnit(ID, null, "Sắp xếp tổ chức", List.of(ID), REFORM, organizationCommittee()))
                .expectException(violates("successor-named-twice", "successorUnitIds[0]"))
                .expectNoEvents();
    }

    @Test
    void a_dissolution_needs_a_reason() {
        fixture.given(registered())
                .when(new DissolveUnit(ID, null, "", null, REFORM, organizationCommittee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void a_dissolution_cannot_precede_the_last_change() {
        fixture.given(registered(), new UnitRenamed(ID, NAME, "Thành ủy TP Sông Công", RENAMED, USER))
                .when(new DissolveUnit(ID, null, "Sắp xếp tổ chức", null, RENAMED.minusDays(1), organizationCommittee()))
                .expectException(violates("not-before-last-change"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_dissolves_units() {
        fixture.given(registered())
                .when(new DissolveUnit(ID, null, "Sắp xếp tổ chức", null, REFORM, unitOfficer()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    // ---- after the end ------------------------------------------------------------------

    @Test
    void a_merged_unit_changes_no_more() {
        fixture.given(registered(), new UnitMerged(ID, NEW_WARD, REFORM, USER))
                .when(new RenameUnit(ID, null, "Thành ủy TP Sông Công", TODAY, organizationCommittee()))
                .expectException(violates("unit-ended"))
                .expectNoEvents();
    }

    @Test
    void a_dissolved_unit_changes_no_more() {
        fixture.given(registered(), new UnitDissolved(ID, "Sắp xếp tổ chức", REFORM, USER))
                .when(new MergeUnit(ID, null, NEW_WARD, TODAY, organizationCommittee()))
                .expectException(violates("unit-ended"))
                .expectNoEvents();
    }
}
