package vn.directives.command.partyorganization;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.UnitDirectory;
import vn.directives.platform.security.Role;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.MembersTransferredIn;
import vn.directives.events.partyorganization.MembersTransferredOut;
import vn.directives.events.partyorganization.NewMembersAdmitted;
import vn.directives.events.partyorganization.PartyOrganizationAffiliationChanged;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;
import vn.directives.events.partyorganization.RecordSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static vn.directives.command.common.RuleViolations.violates;

class PartyOrganizationTest {

    private static final String ID = "org-1";
    private static final String TAX_CODE = "4600123456";
    /** Already has a Party organization in these tests. */
    private static final String ORGANIZED_TAX_CODE = "4600654321";
    private static final String ENTERPRISE = "Công ty TNHH Minh Phát";
    private static final String ORGANIZATION = "Chi bộ Công ty TNHH Minh Phát";
    private static final String SUPERIOR = "Đảng ủy Khối Doanh nghiệp tỉnh";
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final LocalDate SINCE = LocalDate.of(2019, 5, 19);
    private static final PartyOrganizationKind KIND = PartyOrganizationKind.GRASSROOTS_CELL;
    private static final String BLOC_COMMITTEE = "dang-uy-khoi-doanh-nghiep";
    /** A city committee of the district level, abolished on 1/7/2025. */
    private static final String CITY_COMMITTEE = "thanh-uy-song-cong";
    private static final LocalDate DISTRICT_LEVEL_ENDS = LocalDate.of(2025, 7, 1);
    /** A ward committee registered from 2020. */
    private static final String WARD_COMMITTEE = "dang-uy-phuong-cai-dan";

    private static final CommandContext ORGANIZATION_COMMITTEE =
            new CommandContext("ban-to-chuc", Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    private static final CommandContext STEERING_MEMBER =
            new CommandContext("member-nguyen", Set.of(Role.STEERING_MEMBER), null, TODAY);
    private static final CommandContext UNIT_OFFICER =
            new CommandContext("officer-1", Set.of(Role.UNIT_OFFICER), "dang-uy-khoi-doanh-nghiep", TODAY);
    private static final CommandContext STANDING_COMMITTEE =
            new CommandContext("thuong-vu", Set.of(Role.STANDING_COMMITTEE), null, TODAY);

    private FixtureConfiguration<PartyOrganization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartyOrganization.class);
        EnterpriseOrganizations organizations = taxCode ->
                ORGANIZED_TAX_CODE.equals(taxCode) ? Optional.of("org-existing") : Optional.empty();
        fixture.registerInjectableResource(organizations);
        UnitDirectory units = (unitId, on) -> BLOC_COMMITTEE.equals(unitId)
                || CITY_COMMITTEE.equals(unitId) && on.isBefore(DISTRICT_LEVEL_ENDS)
                || WARD_COMMITTEE.equals(unitId) && on.getYear() >= 2020;
        fixture.registerInjectableResource(units);
    }

    /** Recorded from the registry with three official members and one probationary member: four counted. */
    private static ExistingPartyOrganizationRecorded existing() {
        return new ExistingPartyOrganizationRecorded(ID, TAX_CODE, ENTERPRISE, ORGANIZATION, KIND, BLOC_COMMITTEE,
                RecordSource.INITIAL_REGISTRY, null, 3, 1, SINCE, "ban-to-chuc");
    }

    private static RecordExistingPartyOrganization recordExisting(String taxCode, RecordSource source,
                                                                  String reference, LocalDate since,
                                                                  CommandContext context) {
        return new RecordExistingPartyOrganization(ID, taxCode, ENTERPRISE, ORGANIZATION, KIND, BLOC_COMMITTEE, source,
                reference, 3, 1, since, context);
    }

    private static RecordTransferOut officialTransferOut(String transferTaskId, int members) {
        return new RecordTransferOut(ID, null, transferTaskId, members, false, TODAY, UNIT_OFFICER);
    }

    // ---- coming into being --------------------------------------------------------------

    @Test
    void a_completed_cell_establishment_brings_its_organization_into_being_on_the_decision_date() {
        LocalDate decidedOn = LocalDate.of(2025, 3, 10);
        CommandContext completedBy = new CommandContext("member-nguyen", Set.of(), null, TODAY);
        fixture.givenNoPriorActivity()
                .when(new EstablishPartyOrganization(ID, TAX_CODE, ENTERPRISE, ORGANIZATION, "cell-1", "125-QĐ/ĐUK",
                        SUPERIOR, KIND, BLOC_COMMITTEE, 4, 1, decidedOn, completedBy))
                .expectEvents(new PartyOrganizationEstablished(ID, TAX_CODE, ENTERPRISE, ORGANIZATION, "cell-1",
                        "125-QĐ/ĐUK", SUPERIOR, KIND, BLOC_COMMITTEE, 4, 1, decidedOn, "member-nguyen"));
    }

    /** Classified at its establishment: a re-affiliation to the same kind and committee changes nothing. */
    @Test
    void an_organization_established_with_its_kind_and_committee_is_classified_from_the_start() {
        fixture.given(new PartyOrganizationEstablished(ID, TAX_CODE, ENTERPRISE, ORGANIZATION, "cell-1", "125-QĐ/ĐUK",
                        SUPERIOR, KIND, BLOC_COMMITTEE, 4, 1, SINCE, "member-nguyen"))
                .when(new RecordAffiliationChange(ID, null, KIND, BLOC_COMMITTEE, TODAY, ORGANIZATION_COMMITTEE))
                .expectException(violates("nothing-changed", "kind"))
                .expectNoEvents();
    }

    @Test
    void an_enterprise_with_an_organization_gets_no_second_one_from_an_establishment() {
        fixture.givenNoPriorActivity()
                .when(new EstablishPartyOrganization(ID, ORGANIZED_TAX_CODE, ENTERPRISE, ORGANIZATION, "cell-1",
                        "125-QĐ/ĐUK", SUPERIOR, KIND, BLOC_COMMITTEE, 4, 1, TODAY, ORGANIZATION_COMMITTEE))
                .expectException(violates("one-party-organization-per-enterprise"))
                .expectNoEvents();
    }

    @Test
    void the_organization_committee_records_an_organization_from_the_initial_registry() {
        fixture.givenNoPriorActivity()
                .when(recordExisting(TAX_CODE, RecordSource.INITIAL_REGISTRY, null, SINCE, ORGANIZATION_COMMITTEE))
                .expectEvents(existing());
    }

    @Test
    void an_organization_found_by_a_survey_is_recorded_with_the_survey() {
        fixture.givenNoPriorActivity()
                .when(recordExisting(TAX_CODE, RecordSource.SURVEY, "survey-1", SINCE, ORGANIZATION_COMMITTEE))
                .expectEvents(new ExistingPartyOrganizationRecorded(ID, TAX_CODE, ENTERPRISE, ORGANIZATION, KIND,
                        BLOC_COMMITTEE, RecordSource.SURVEY, "survey-1", 3, 1, SINCE, "ban-to-chuc"));
    }

    @Test
    void an_organization_found_by_a_survey_names_the_survey() {
        fixture.givenNoPriorActivity()
                .when(recordExisting(TAX_CODE, RecordSource.SURVEY, null, SINCE, ORGANIZATION_COMMITTEE))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_records_an_existing_organization() {
        fixture.givenNoPriorActivity()
                .when(recordExisting(TAX_CODE, RecordSource.INITIAL_REGISTRY, null, SINCE, STEERING_MEMBER))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void an_enterprise_with_an_organization_gets_no_second_one_recorded() {
        fixture.givenNoPriorActivity()
                .when(recordExisting(ORGANIZED_TAX_CODE, RecordSource.INITIAL_REGISTRY, null, SINCE,
                        ORGANIZATION_COMMITTEE))
                .expectException(violates("one-party-organization-per-enterprise"))
                .expectNoEvents();
    }

    @Test
    void an_organization_cannot_exist_since_a_future_date() {
        fixture.givenNoPriorActivity()
                .when(recordExisting(TAX_CODE, RecordSource.INITIAL_REGISTRY, null, TODAY.plusDays(1),
                        ORGANIZATION_COMMITTEE))
                .expectException(violates("not-in-future"))
                .expectNoEvents();
    }

    @Test
    void an_existing_organization_is_recorded_with_the_enterprise_name() {
        fixture.givenNoPriorActivity()
                .when(new RecordExistingPartyOrganization(ID, TAX_CODE, " ", ORGANIZATION,
                        KIND, BLOC_COMMITTEE, RecordSource.INITIAL_REGISTRY, null, 3, 1, SINCE, ORGANIZATION_COMMITTEE))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void an_existing_organization_is_recorded_with_its_own_name() {
        fixture.givenNoPriorActivity()
                .when(new RecordExistingPartyOrganization(ID, TAX_CODE, ENTERPRISE, null,
                        KIND, BLOC_COMMITTEE, RecordSource.INITIAL_REGISTRY, null, 3, 1, SINCE, ORGANIZATION_COMMITTEE))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void an_existing_organization_counts_no_negative_number_of_official_members() {
        fixture.givenNoPriorActivity()
                .when(new RecordExistingPartyOrganization(ID, TAX_CODE, ENTERPRISE, ORGANIZATION,
                        KIND, BLOC_COMMITTEE, RecordSource.INITIAL_REGISTRY, null, -1, 1, SINCE, ORGANIZATION_COMMITTEE))
                .expectException(violates("not-negative"))
                .expectNoEvents();
    }

    @Test
    void an_existing_organization_counts_no_negative_number_of_probationary_members() {
        fixture.givenNoPriorActivity()
                .when(new RecordExistingPartyOrganization(ID, TAX_CODE, ENTERPRISE, ORGANIZATION,
                        KIND, BLOC_COMMITTEE, RecordSource.INITIAL_REGISTRY, null, 3, -1, SINCE, ORGANIZATION_COMMITTEE))
                .expectException(violates("not-negative"))
                .expectNoEvents();
    }

    @Test
    void an_existing_organization_is_recorded_with_its_kind() {
        fixture.givenNoPriorActivity()
                .when(new RecordExistingPartyOrganization(ID, TAX_CODE, ENTERPRISE, ORGANIZATION, null, BLOC_COMMITTEE,
                        RecordSource.INITIAL_REGISTRY, null, 3, 1, SINCE, ORGANIZATION_COMMITTEE))
                .expectException(violates("required", "kind"))
                .expectNoEvents();
    }

    @Test
    void an_existing_organization_is_recorded_with_its_superior_committee() {
        fixture.givenNoPriorActivity()
                .when(new RecordExistingPartyOrganization(ID, TAX_CODE, ENTERPRISE, ORGANIZATION, KIND, " ",
                        RecordSource.INITIAL_REGISTRY, null, 3, 1, SINCE, ORGANIZATION_COMMITTEE))
                .expectException(violates("required", "superiorCommitteeUnitId"))
                .expectNoEvents();
    }

    @Test
    void the_superior_committee_is_a_unit_that_exists_since_the_organization_does() {
        fixture.givenNoPriorActivity()
                .when(new RecordExistingPartyOrganization(ID, TAX_CODE, ENTERPRISE, ORGANIZATION, KIND, "no-such-unit",
                        RecordSource.INITIAL_REGISTRY, null, 3, 1, SINCE, ORGANIZATION_COMMITTEE))
                .expectException(violates("unknown-superior-committee", "superiorCommitteeUnitId"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordExistingPartyOrganization(ID, TAX_CODE, ENTERPRISE, ORGANIZATION,
                        PartyOrganizationKind.CELL_UNDER_GRASSROOTS_COMMITTEE, WARD_COMMITTEE,
                        RecordSource.INITIAL_REGISTRY, null, 3, 1, SINCE, ORGANIZATION_COMMITTEE))
                .expectException(violates("unknown-superior-committee", "superiorCommitteeUnitId"))
                .expectNoEvents();
    }

    // ---- kind and superior committee ----------------------------------------------------

    @Test
    void an_organization_set_up_by_a_cell_establishment_before_completions_gave_its_kind_is_classified_afterwards() {
        fixture.given(new PartyOrganizationEstablished(ID, TAX_CODE, ENTERPRISE, ORGANIZATION, "cell-1", "125-QĐ/ĐUK",
                        SUPERIOR, null, null, 4, 1, SINCE, "member-nguyen"))
                .when(new RecordAffiliationChange(ID, null, KIND, BLOC_COMMITTEE, TODAY, ORGANIZATION_COMMITTEE))
                .expectEvents(new PartyOrganizationAffiliationChanged(ID, KIND, BLOC_COMMITTEE, TODAY, "ban-to-chuc"));
    }

    @Test
    void an_organization_recorded_before_kinds_were_recorded_is_classified_afterwards() {
        fixture.given(new ExistingPartyOrganizationRecorded(ID, TAX_CODE, ENTERPRISE, ORGANIZATION,
                        RecordSource.INITIAL_REGISTRY, null, 3, 1, SINCE, "ban-to-chuc"))
                .when(new RecordAffiliationChange(ID, null, KIND, BLOC_COMMITTEE, null, ORGANIZATION_COMMITTEE))
                .expectEvents(new PartyOrganizationAffiliationChanged(ID, KIND, BLOC_COMMITTEE, TODAY, "ban-to-chuc"));
    }

    @Test
    void a_cell_of_the_city_committee_is_re_affiliated_to_the_bloc_committee() {
        LocalDate on = LocalDate.of(2025, 2, 1);
        fixture.given(new ExistingPartyOrganizationRecorded(ID, TAX_CODE, ENTERPRISE, ORGANIZATION, KIND,
                        CITY_COMMITTEE, RecordSource.INITIAL_REGISTRY, null, 3, 1, SINCE, "ban-to-chuc"))
                .when(new RecordAffiliationChange(ID, null, KIND, BLOC_COMMITTEE, on, ORGANIZATION_COMMITTEE))
                .expectEvents(new PartyOrganizationAffiliationChanged(ID, KIND, BLOC_COMMITTEE, on, "ban-to-chuc"));
    }

    @Test
    void a_grown_cell_becomes_a_grassroots_committee_under_the_same_superior() {
        fixture.given(existing())
                .when(new RecordAffiliationChange(ID, null, PartyOrganizationKind.GRASSROOTS_COMMITTEE, BLOC_COMMITTEE,
                        TODAY, ORGANIZATION_COMMITTEE))
                .expectEvents(new PartyOrganizationAffiliationChanged(ID, PartyOrganizationKind.GRASSROOTS_COMMITTEE,
                        BLOC_COMMITTEE, TODAY, "ban-to-chuc"));
    }

    @Test
    void an_affiliation_that_changes_nothing_is_refused() {
        fixture.given(existing())
                .when(new RecordAffiliationChange(ID, null, KIND, BLOC_COMMITTEE, TODAY, ORGANIZATION_COMMITTEE))
                .expectException(violates("nothing-changed", "kind"))
                .expectNoEvents();
    }

    @Test
    void a_re_affiliation_names_a_committee_that_exists_on_its_date() {
        fixture.given(existing())
                .when(new RecordAffiliationChange(ID, null, PartyOrganizationKind.CELL_UNDER_GRASSROOTS_COMMITTEE,
                        WARD_COMMITTEE, LocalDate.of(2019, 6, 1), ORGANIZATION_COMMITTEE))
                .expectException(violates("unknown-superior-committee", "superiorCommitteeUnitId"))
                .expectNoEvents();
    }

    @Test
    void a_re_affiliation_names_the_kind() {
        fixture.given(existing())
                .when(new RecordAffiliationChange(ID, null, null, CITY_COMMITTEE, TODAY, ORGANIZATION_COMMITTEE))
                .expectException(violates("required", "kind"))
                .expectNoEvents();
    }

    @Test
    void a_re_affiliation_is_not_dated_before_the_organization() {
        fixture.given(existing())
                .when(new RecordAffiliationChange(ID, null, KIND, CITY_COMMITTEE, SINCE.minusDays(1),
                        ORGANIZATION_COMMITTEE))
                .expectException(violates("not-before-organization", "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_classifies_an_organization() {
        fixture.given(existing())
                .when(new RecordAffiliationChange(ID, null, KIND, CITY_COMMITTEE, TODAY, UNIT_OFFICER))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    // ---- admissions ---------------------------------------------------------------------

    @Test
    void the_organization_committee_records_an_admission_of_new_members() {
        fixture.given(existing())
                .when(new RecordAdmission(ID, null, 2, LocalDate.of(2025, 2, 3), ORGANIZATION_COMMITTEE))
                .expectEvents(new NewMembersAdmitted(ID, 2, LocalDate.of(2025, 2, 3), "ban-to-chuc"));
    }

    @Test
    void an_admission_without_a_date_is_effective_today() {
        fixture.given(existing())
                .when(new RecordAdmission(ID, null, 1, null, ORGANIZATION_COMMITTEE))
                .expectEvents(new NewMembersAdmitted(ID, 1, TODAY, "ban-to-chuc"));
    }

    @Test
    void a_candidate_admitted_counts_as_one_admission_of_the_organization() {
        fixture.given(existing())
                .when(new RecordCandidateAdmission(ID, LocalDate.of(2025, 2, 3),
                        new CommandContext("ban-to-chuc", Set.of(), null, TODAY)))
                .expectEvents(new NewMembersAdmitted(ID, 1, LocalDate.of(2025, 2, 3), "ban-to-chuc"));
    }

    @Test
    void a_candidate_is_not_admitted_before_the_organization_existed() {
        fixture.given(existing())
                .when(new RecordCandidateAdmission(ID, SINCE.minusDays(1),
                        new CommandContext("ban-to-chuc", Set.of(), null, TODAY)))
                .expectException(violates("not-before-organization", "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_records_admissions() {
        fixture.given(existing())
                .when(new RecordAdmission(ID, null, 1, TODAY, UNIT_OFFICER))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void an_admission_cannot_be_dated_in_the_future() {
        fixture.given(existing())
                .when(new RecordAdmission(ID, null, 1, TODAY.plusDays(1), ORGANIZATION_COMMITTEE))
                .expectException(violates("not-in-future"))
                .expectNoEvents();
    }

    @Test
    void an_admission_cannot_predate_the_organization() {
        fixture.given(existing())
                .when(new RecordAdmission(ID, null, 1, SINCE.minusDays(1), ORGANIZATION_COMMITTEE))
                .expectException(violates("not-before-organization"))
                .expectNoEvents();
    }

    @Test
    void an_admission_admits_at_least_one_member() {
        fixture.given(existing())
                .when(new RecordAdmission(ID, null, 0, TODAY, ORGANIZATION_COMMITTEE))
                .expectException(violates("at-least-one-member"))
                .expectNoEvents();
    }

    // ---- transfers ----------------------------------------------------------------------

    @Test
    void members_transferred_in_are_recorded_with_their_transfer() {
        fixture.given(existing())
                .when(new RecordTransferIn(ID, null, "transfer-1", 1, false, TODAY, STEERING_MEMBER))
                .expectEvents(new MembersTransferredIn(ID, "transfer-1", 1, false, TODAY, "member-nguyen"));
    }

    @Test
    void members_transferred_out_are_recorded_with_their_transfer() {
        fixture.given(existing())
                .when(officialTransferOut("transfer-2", 1))
                .expectEvents(new MembersTransferredOut(ID, "transfer-2", 1, false, TODAY, "officer-1"));
    }

    @Test
    void a_transfer_in_is_recorded_once() {
        fixture.given(existing(), new MembersTransferredIn(ID, "transfer-1", 1, false, TODAY, "officer-1"))
                .when(new RecordTransferIn(ID, null, "transfer-1", 1, false, TODAY, UNIT_OFFICER))
                .expectException(violates("transfer-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void a_transfer_out_is_recorded_once() {
        fixture.given(existing(), new MembersTransferredOut(ID, "transfer-2", 1, false, TODAY, "officer-1"))
                .when(officialTransferOut("transfer-2", 1))
                .expectException(violates("transfer-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void more_members_than_the_organization_counts_cannot_leave() {
        fixture.given(existing())
                .when(officialTransferOut("transfer-2", 5))
                .expectException(violates("not-enough-members"))
                .expectNoEvents();
    }

    @Test
    void temporary_members_are_not_counted_in_the_organizations_total() {
        fixture.given(existing(), new MembersTransferredIn(ID, "transfer-1", 2, true, TODAY, "officer-1"))
                .when(officialTransferOut("transfer-2", 5))
                .expectException(violates("not-enough-members"))
                .expectNoEvents();
    }

    @Test
    void members_transferred_in_officially_are_counted_in_the_total() {
        fixture.given(existing(), new MembersTransferredIn(ID, "transfer-1", 2, false, TODAY, "officer-1"))
                .when(officialTransferOut("transfer-2", 6))
                .expectEvents(new MembersTransferredOut(ID, "transfer-2", 6, false, TODAY, "officer-1"));
    }

    @Test
    void admitted_members_are_counted_in_the_total() {
        fixture.given(existing(), new NewMembersAdmitted(ID, 2, TODAY, "ban-to-chuc"))
                .when(officialTransferOut("transfer-2", 6))
                .expectEvents(new MembersTransferredOut(ID, "transfer-2", 6, false, TODAY, "officer-1"));
    }

    @Test
    void members_away_temporarily_stay_counted_in_the_total() {
        fixture.given(existing(), new MembersTransferredOut(ID, "transfer-1", 2, true, TODAY, "officer-1"))
                .when(officialTransferOut("transfer-2", 4))
                .expectEvents(new MembersTransferredOut(ID, "transfer-2", 4, false, TODAY, "officer-1"));
    }

    @Test
    void members_who_left_officially_are_no_longer_counted() {
        fixture.given(existing(), new MembersTransferredOut(ID, "transfer-1", 2, false, TODAY, "officer-1"))
                .when(officialTransferOut("transfer-2", 3))
                .expectException(violates("not-enough-members"))
                .expectNoEvents();
    }

    @Test
    void a_transfer_cannot_predate_the_organization() {
        fixture.given(existing())
                .when(new RecordTransferIn(ID, null, "transfer-1", 1, false, SINCE.minusDays(1), UNIT_OFFICER))
                .expectException(violates("not-before-organization"))
                .expectNoEvents();
    }

    @Test
    void readers_of_the_reports_do_not_record_transfers() {
        fixture.given(existing())
                .when(new RecordTransferIn(ID, null, "transfer-1", 1, false, TODAY, STANDING_COMMITTEE))
                .expectException(violates("may-not-record-transfers"))
                .expectNoEvents();
    }
}
