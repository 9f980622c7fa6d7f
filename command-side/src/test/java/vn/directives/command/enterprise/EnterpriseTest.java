package vn.directives.command.enterprise;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.events.enterprise.EnterpriseCeased;
import vn.directives.events.enterprise.EnterpriseChanged;
import vn.directives.events.enterprise.EnterpriseProfile;
import vn.directives.events.enterprise.EnterpriseRegistered;
import vn.directives.events.enterprise.OperatingStatus;
import vn.directives.events.enterprise.SocioPoliticalOrganizationDissolved;
import vn.directives.events.enterprise.SocioPoliticalOrganizationFounded;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.enterprise.SocioPoliticalOrganizationMembersChanged;
import vn.directives.events.survey.Ownership;
import vn.directives.platform.security.Role;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static vn.directives.command.common.RuleViolations.violates;

class EnterpriseTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 10);
    private static final LocalDate REGISTERED = LocalDate.of(2019, 4, 2);
    /** 0314409058: the check digit of 031440905 is 8. */
    private static final String TAX_CODE = "0314409058";
    private static final String TAKEN = "0100109106";
    private static final String WARD = "unit-phuong-song-cong";
    private static final String USER = "ban-to-chuc";
    private static final EnterpriseProfile PROFILE = new EnterpriseProfile("Công ty TNHH Điện tử Sao Mai",
            "Lô B2, KCN Sông Công I", WARD, "KCN Sông Công I", Ownership.FOREIGN_INVESTED, 1250,
            OperatingStatus.OPERATING);

    private FixtureConfiguration<Enterprise> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Enterprise.class);
        EnterpriseRegistry registry = taxCode -> taxCode.equals(TAKEN)
                ? Optional.of(new RegistryEntry(TAKEN, PROFILE, REGISTERED, 0, false)) : Optional.empty();
        CommuneDirectory communes = (unitId, on) -> unitId.equals(WARD) && !on.isBefore(LocalDate.of(2015, 1, 1));
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(communes);
    }

    private static CommandContext organizationCommittee() {
        return new CommandContext(USER, Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    }

    private static RegisterEnterprise register(String taxCode, EnterpriseProfile profile) {
        return new RegisterEnterprise(taxCode, profile, null, REGISTERED, organizationCommittee());
    }

    private static EnterpriseProfile withWorkers(int workers) {
        return new EnterpriseProfile(PROFILE.name(), PROFILE.address(), PROFILE.communeUnitId(), PROFILE.zone(),
                PROFILE.ownership(), workers, PROFILE.status());
    }

    @Test
    void the_organization_committee_registers_an_enterprise_by_its_tax_code() {
        fixture.givenNoPriorActivity()
                .when(register(" " + TAX_CODE + " ", PROFILE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EnterpriseRegistered(TAX_CODE, PROFILE, null, REGISTERED, USER));
    }

    @Test
    void a_branch_tax_code_has_three_more_digits() {
        fixture.givenNoPriorActivity()
                .when(register(TAX_CODE + "-001", PROFILE))
                .expectEvents(new EnterpriseRegistered(TAX_CODE + "-001", PROFILE, null, REGISTERED, USER));
    }

    @Test
    void only_the_organization_committee_registers_enterprises() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise(TAX_CODE, PROFILE, null, REGISTERED,
                        new CommandContext("officer", Set.of(Role.UNIT_OFFICER), WARD, TODAY)))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void a_tax_code_is_ten_digits() {
        fixture.givenNoPriorActivity()
                .when(register("031440905", PROFILE))
                .expectException(violates("tax-code-format", "taxCode"))
                .expectNoEvents();
    }

    @Test
    void a_tax_code_with_a_wrong_check_digit_is_refused() {
        fixture.givenNoPriorActivity()
                .when(register("0314409057", PROFILE))
                .expectException(violates("tax-code-check-digit", "taxCode"))
                .expectNoEvents();
    }

    @Test
    void a_tax_code_already_registered_is_refused() {
        fixture.givenNoPriorActivity()
                .when(register(TAKEN, PROFILE))
                .expectException(violates("tax-code-registered", "taxCode"))
                .expectNoEvents();
    }

    @Test
    void an_enterprise_stands_in_a_commune_or_ward_that_exists_on_the_date() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise(TAX_CODE, PROFILE, null, LocalDate.of(2010, 1, 1),
                        organizationCommittee()))
                .expectException(violates("unknown-commune", "communeUnitId"))
                .expectNoEvents();
    }

    @Test
    void an_enterprise_needs_a_name() {
        fixture.givenNoPriorActivity()
                .when(register(TAX_CODE, new EnterpriseProfile(" ", PROFILE.address(), WARD, null,
                        Ownership.PRIVATE, 10, OperatingStatus.OPERATING)))
                .expectException(violates("required", "name"))
                .expectNoEvents();
    }

    @Test
    void workers_are_not_negative() {
        fixture.givenNoPriorActivity()
                .when(register(TAX_CODE, withWorkers(-1)))
                .expectException(violates("not-negative", "workers"))
                .expectNoEvents();
    }

    @Test
    void an_enterprise_is_not_registered_from_a_future_date() {
        fixture.givenNoPriorActivity()
                .when(new RegisterEnterprise(TAX_CODE, PROFILE, null, TODAY.plusDays(1), organizationCommittee()))
                .expectException(violates("not-in-future", "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_change_records_the_whole_profile_from_its_date() {
        LocalDate on = LocalDate.of(2024, 1, 1);
        fixture.given(new EnterpriseRegistered(TAX_CODE, PROFILE, null, REGISTERED, USER))
                .when(new ChangeEnterprise(TAX_CODE, null, withWorkers(1400), "job-1", on, organizationCommittee()))
                .expectEvents(new EnterpriseChanged(TAX_CODE, withWorkers(1400), "job-1", on, USER));
    }

    @Test
    void a_change_that_changes_nothing_is_refused() {
        fixture.given(new EnterpriseRegistered(TAX_CODE, PROFILE, null, REGISTERED, USER))
                .when(new ChangeEnterprise(TAX_CODE, null, PROFILE, null, TODAY, organizationCommittee()))
                .expectException(violates("nothing-changed"))
                .expectNoEvents();
    }

    @Test
    void a_change_cannot_precede_the_last_one() {
        fixture.given(new EnterpriseRegistered(TAX_CODE, PROFILE, null, REGISTERED, USER))
                .when(new ChangeEnterprise(TAX_CODE, null, withWorkers(1), null, REGISTERED.minusDays(1),
                        organizationCommittee()))
                .expectException(violates("not-before-last-change", "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_ceased_enterprise_changes_no_more() {
        fixture.given(new EnterpriseRegistered(TAX_CODE, PROFILE, null, REGISTERED, USER),
                        new EnterpriseCeased(TAX_CODE, "Giải thể", LocalDate.of(2024, 6, 30), USER))
                .when(new ChangeEnterprise(TAX_CODE, null, withWorkers(1), null, TODAY, organizationCommittee()))
                .expectException(violates("enterprise-ceased"))
                .expectNoEvents();
    }

    @Test
    void ceasing_needs_a_reason() {
        fixture.given(new EnterpriseRegistered(TAX_CODE, PROFILE, null, REGISTERED, USER))
                .when(new CeaseEnterprise(TAX_CODE, null, " ", TODAY, organizationCommittee()))
                .expectException(violates("required", "reason"))
                .expectNoEvents();
    }

    @Test
    void an_enterprise_ceases_on_its_date() {
        LocalDate on = LocalDate.of(2024, 6, 30);
        fixture.given(new EnterpriseRegistered(TAX_CODE, PROFILE, null, REGISTERED, USER))
                .when(new CeaseEnterprise(TAX_CODE, null, "Giải thể theo quyết định của chủ sở hữu", on,
                        organizationCommittee()))
                .expectEvents(new EnterpriseCeased(TAX_CODE, "Giải thể theo quyết định của chủ sở hữu", on, USER));
    }

    // ---- socio-political organizations ----------------------------------------------------

    private static EnterpriseRegistered registeredEvent() {
        return new EnterpriseRegistered(TAX_CODE, PROFILE, null, REGISTERED, USER);
    }

    @Test
    void a_trade_union_is_founded_with_its_members() {
        LocalDate on = LocalDate.of(2020, 5, 1);
        fixture.given(registeredEvent())
                .when(new FoundSocioPoliticalOrganization(TAX_CODE, null, SocioPoliticalOrganizationKind.TRADE_UNION,
                        1100, on, organizationCommittee()))
                .expectEvents(new SocioPoliticalOrganizationFounded(TAX_CODE,
                        SocioPoliticalOrganizationKind.TRADE_UNION, 1100, on, USER));
    }

    @Test
    void a_second_organization_of_a_kind_is_refused() {
        fixture.given(registeredEvent(), new SocioPoliticalOrganizationFounded(TAX_CODE,
                        SocioPoliticalOrganizationKind.YOUTH_UNION, 40, LocalDate.of(2020, 5, 1), USER))
                .when(new FoundSocioPoliticalOrganization(TAX_CODE, null, SocioPoliticalOrganizationKind.YOUTH_UNION,
                        10, TODAY, organizationCommittee()))
                .expectException(violates("organization-kind-exists", "kind"))
                .expectNoEvents();
    }

    @Test
    void after_a_dissolution_an_organization_of_the_kind_may_be_founded_again() {
        fixture.given(registeredEvent(), new SocioPoliticalOrganizationFounded(TAX_CODE,
                                SocioPoliticalOrganizationKind.WOMENS_UNION, 40, LocalDate.of(2020, 5, 1), USER),
                        new SocioPoliticalOrganizationDissolved(TAX_CODE, SocioPoliticalOrganizationKind.WOMENS_UNION,
                                "Sắp xếp lại", LocalDate.of(2022, 1, 1), USER))
                .when(new FoundSocioPoliticalOrganization(TAX_CODE, null, SocioPoliticalOrganizationKind.WOMENS_UNION,
                        25, TODAY, organizationCommittee()))
                .expectEvents(new SocioPoliticalOrganizationFounded(TAX_CODE,
                        SocioPoliticalOrganizationKind.WOMENS_UNION, 25, TODAY, USER));
    }

    @Test
    void members_of_an_organization_the_enterprise_does_not_have_are_refused() {
        fixture.given(registeredEvent())
                .when(new ChangeSocioPoliticalOrganizationMembers(TAX_CODE, null,
                        SocioPoliticalOrganizationKind.VETERANS_ASSOCIATION, 12, TODAY, organizationCommittee()))
                .expectException(violates("organization-kind-absent", "kind"))
                .expectNoEvents();
    }

    @Test
    void members_are_not_negative() {
        fixture.given(registeredEvent())
                .when(new FoundSocioPoliticalOrganization(TAX_CODE, null, SocioPoliticalOrganizationKind.TRADE_UNION,
                        -1, TODAY, organizationCommittee()))
                .expectException(violates("not-negative", "members"))
                .expectNoEvents();
    }

    @Test
    void members_changed_are_recorded_from_their_date() {
        fixture.given(registeredEvent(), new SocioPoliticalOrganizationFounded(TAX_CODE,
                        SocioPoliticalOrganizationKind.TRADE_UNION, 1100, LocalDate.of(2020, 5, 1), USER))
                .when(new ChangeSocioPoliticalOrganizationMembers(TAX_CODE, null,
                        SocioPoliticalOrganizationKind.TRADE_UNION, 1180, TODAY, organizationCommittee()))
                .expectEvents(new SocioPoliticalOrganizationMembersChanged(TAX_CODE,
                        SocioPoliticalOrganizationKind.TRADE_UNION, 1180, TODAY, USER));
    }

    // ---- founded as a task's outcome ----------------------------------------------------

    /** Whoever may complete the task (its assignee here) records the founding: the task's rules authorized it. */
    @Test
    void a_task_founds_an_organization_naming_itself() {
        LocalDate on = LocalDate.of(2025, 10, 2);
        fixture.given(registeredEvent())
                .when(new FoundOrganizationAsTaskOutcome(TAX_CODE, SocioPoliticalOrganizationKind.YOUTH_UNION, 35, on,
                        "task-1", steeringMember()))
                .expectEvents(new SocioPoliticalOrganizationFounded(TAX_CODE,
                        SocioPoliticalOrganizationKind.YOUTH_UNION, 35, "task-1", on, "uy-vien-1"));
    }

    @Test
    void a_task_cannot_found_a_second_organization_of_a_kind() {
        fixture.given(registeredEvent(), new SocioPoliticalOrganizationFounded(TAX_CODE,
                        SocioPoliticalOrganizationKind.TRADE_UNION, 1100, LocalDate.of(2020, 5, 1), USER))
                .when(new FoundOrganizationAsTaskOutcome(TAX_CODE, SocioPoliticalOrganizationKind.TRADE_UNION, 900,
                        TODAY, "task-1", steeringMember()))
                .expectException(violates("organization-kind-exists", "kind"))
                .expectNoEvents();
    }

    @Test
    void a_task_founds_nothing_in_a_ceased_enterprise() {
        fixture.given(registeredEvent(), new EnterpriseCeased(TAX_CODE, "Giải thể", LocalDate.of(2024, 6, 30), USER))
                .when(new FoundOrganizationAsTaskOutcome(TAX_CODE, SocioPoliticalOrganizationKind.TRADE_UNION, 90,
                        TODAY, "task-1", steeringMember()))
                .expectException(violates("enterprise-ceased"))
                .expectNoEvents();
    }

    @Test
    void a_task_founds_an_organization_of_a_kind_with_members_not_negative() {
        fixture.given(registeredEvent())
                .when(new FoundOrganizationAsTaskOutcome(TAX_CODE, null, 9, TODAY, "task-1", steeringMember()))
                .expectException(violates("required", "kind"))
                .expectNoEvents();
        fixture.given(registeredEvent())
                .when(new FoundOrganizationAsTaskOutcome(TAX_CODE, SocioPoliticalOrganizationKind.TRADE_UNION, -1,
                        TODAY, "task-1", steeringMember()))
                .expectException(violates("not-negative", "members"))
                .expectNoEvents();
    }

    private static CommandContext steeringMember() {
        return new CommandContext("uy-vien-1", Set.of(Role.STEERING_MEMBER), null, TODAY);
    }
}
