package vn.directives.command.cellestablishment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.directives.command.partyorganization.EnterpriseOrganizations;
import vn.directives.command.task.Task;
import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.cellestablishment.CellCommitteeAppointment;
import vn.directives.events.cellestablishment.CellEstablishmentAbandoned;
import vn.directives.events.cellestablishment.CellEstablishmentCompleted;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.cellestablishment.EstablishmentAnnounced;
import vn.directives.events.cellestablishment.EstablishmentDecisionIssued;
import vn.directives.events.cellestablishment.EstablishmentProposalSubmitted;
import vn.directives.events.cellestablishment.MemberPoolConfirmed;
import vn.directives.events.cellestablishment.MembersIntroducedToExistingOrganization;
import vn.directives.events.cellestablishment.OwnerEngaged;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static vn.directives.events.cellestablishment.CellCommitteePost.COMMITTEE_MEMBER;
import static vn.directives.events.cellestablishment.CellCommitteePost.DEPUTY_SECRETARY;
import static vn.directives.events.cellestablishment.CellCommitteePost.SECRETARY;
import static vn.directives.command.task.TaskFixtures.*;
import static vn.directives.command.common.RuleViolations.violates;

class CellEstablishmentTest {

    private static final String ID = "cell-1";
    private static final String TAX_CODE = "4600123456";
    private static final String ENTERPRISE = "Công ty TNHH Minh Phát";
    /** Has had a Party organization since before these tests. */
    private static final String ORGANIZED_TAX_CODE = "4600654321";
    private static final String SUPERIOR = "Đảng ủy Khối Doanh nghiệp tỉnh";
    private static final String ORGANIZATION = "Chi bộ Công ty TNHH Minh Phát";
    private static final String DECISION = "125-QĐ/ĐUK";
    private static final String RECEIVING = "Chi bộ Khu công nghiệp Yên Bình";
    private static final String PLACE = "Hội trường Công ty TNHH Minh Phát, KCN Yên Bình";
    private static final List<String> REFS = List.of("dv-01", "dv-02", "dv-03", "dv-04");
    private static final List<CellCommitteeAppointment> COMMITTEE = List.of(
            new CellCommitteeAppointment("dv-01", SECRETARY));

    private static final LocalDate ENGAGED_ON = LocalDate.of(2025, 3, 4);
    private static final LocalDate POOL_ON = LocalDate.of(2025, 3, 5);
    private static final LocalDate PROPOSED_ON = LocalDate.of(2025, 3, 6);
    private static final LocalDate DECIDED_ON = LocalDate.of(2025, 3, 10);
    private static final LocalDate ANNOUNCED_ON = LocalDate.of(2025, 3, 12);

    private FixtureConfiguration<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class).withSubtypes(CellEstablishment.class);
        fixture.registerInjectableResource(directives());
        fixture.registerInjectableResource(units());
        fixture.registerInjectableResource(roster());
        EnterpriseOrganizations organizations = taxCode ->
                ORGANIZED_TAX_CODE.equals(taxCode) ? Optional.of("org-existing") : Optional.empty();
        fixture.registerInjectableResource(organizations);
    }

    // ---- the history the tests start from ----------------------------------------------

    private static TaskHeader cellHeader() {
        return new TaskHeader(DIRECTIVE, 3, "Thành lập chi bộ Công ty TNHH Minh Phát", LEAD_UNIT, List.of(OTHER_UNIT),
                MEMBER, DUE);
    }

    private static Object opened() {
        return stored(CellEstablishment.class,
                new CellEstablishmentOpened(ID, cellHeader(), TAX_CODE, ENTERPRISE, OPENED, "ban-to-chuc"));
    }

    private static OwnerEngaged engaged(OwnerAttitude attitude) {
        return new OwnerEngaged(ID, attitude, null, ENGAGED_ON, MEMBER);
    }

    private static MemberPoolConfirmed pool(int official, int employed12Months) {
        return new MemberPoolConfirmed(ID, official, 1, employed12Months, REFS.subList(0, official), POOL_ON, MEMBER);
    }

    private static EstablishmentProposalSubmitted proposed() {
        return new EstablishmentProposalSubmitted(ID, SUPERIOR, PROPOSED_ON, MEMBER);
    }

    private static EstablishmentDecisionIssued decided() {
        return new EstablishmentDecisionIssued(ID, DECISION, SUPERIOR, ORGANIZATION, COMMITTEE, DECIDED_ON, MEMBER);
    }

    private static EstablishmentAnnounced announced() {
        return new EstablishmentAnnounced(ID, PLACE, ANNOUNCED_ON, MEMBER);
    }

    /** Opened, owner supportive, three qualifying official members of four, proposal submitted. */
    private static Object[] proposalSubmitted() {
        return new Object[]{opened(), engaged(OwnerAttitude.SUPPORTIVE), pool(4, 3), proposed()};
    }

    private static CompleteCellEstablishment complete(String partyOrganizationId, LocalDate on) {
        return new CompleteCellEstablishment(ID, null, partyOrganizationId, PartyOrganizationKind.GRASSROOTS_CELL,
                LEAD_UNIT, on, assignee());
    }

    private static RecordEstablishmentDecision decision(LocalDate on, List<CellCommitteeAppointment> committee) {
        return new RecordEstablishmentDecision(ID, null, DECISION, SUPERIOR, ORGANIZATION, committee, on, assignee());
    }

    // ---- opening ------------------------------------------------------------------------

    @Test
    void the_organization_committee_opens_an_establishment_in_one_enterprise() {
        fixture.givenNoPriorActivity()
                .when(new OpenCellEstablishment(ID, cellHeader(), TAX_CODE, ENTERPRISE, OPENED,
                        organizationCommittee()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CellEstablishmentOpened(ID, cellHeader(), TAX_CODE, ENTERPRISE, OPENED,
                        "ban-to-chuc"));
    }

    @Test
    void an_enterprise_that_has_a_party_organization_needs_no_establishment() {
        fixture.givenNoPriorActivity()
                .when(new OpenCellEstablishment(ID, cellHeader(), ORGANIZED_TAX_CODE, ENTERPRISE, OPENED,
                        organizationCommittee()))
                .expectException(violates("enterprise-has-party-organization"))
                .expectNoEvents();
    }

    // ---- owner engagement ---------------------------------------------------------------

    @Test
    void the_assignee_records_the_owners_attitude() {
        fixture.given(opened())
                .when(new EngageOwner(ID, null, OwnerAttitude.UNDECIDED, "Hẹn làm việc lại sau Tết.", ENGAGED_ON,
                        assignee()))
                .expectEvents(new OwnerEngaged(ID, OwnerAttitude.UNDECIDED, "Hẹn làm việc lại sau Tết.",
                        ENGAGED_ON, MEMBER));
    }

    @Test
    void the_owners_attitude_is_recorded_again_as_it_changes() {
        fixture.given(opened(), engaged(OwnerAttitude.REFUSED), pool(4, 3))
                .when(new EngageOwner(ID, null, OwnerAttitude.SUPPORTIVE, null, TODAY, assignee()))
                .expectEvents(new OwnerEngaged(ID, OwnerAttitude.SUPPORTIVE, null, TODAY, MEMBER));
    }

    @Test
    void the_owners_attitude_no_longer_changes_anything_after_the_decision() {
        fixture.given(proposalSubmitted()).andGiven(decided())
                .when(new EngageOwner(ID, null, OwnerAttitude.REFUSED, null, TODAY, assignee()))
                .expectException(violates("decision-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void another_member_cannot_act_on_the_establishment() {
        fixture.given(opened())
                .when(new EngageOwner(ID, null, OwnerAttitude.SUPPORTIVE, null, TODAY, otherMember()))
                .expectException(violates("not-your-task"))
                .expectNoEvents();
    }

    @Test
    void an_officer_of_the_lead_unit_may_act_on_the_establishment() {
        fixture.given(opened())
                .when(new EngageOwner(ID, null, OwnerAttitude.SUPPORTIVE, null, TODAY, leadUnitOfficer()))
                .expectEvents(new OwnerEngaged(ID, OwnerAttitude.SUPPORTIVE, null, TODAY, "officer-1"));
    }

    // ---- member pool --------------------------------------------------------------------

    @Test
    void the_member_pool_is_confirmed_once_the_owner_was_engaged() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE))
                .when(new ConfirmMemberPool(ID, null, 4, 1, 3, REFS, POOL_ON, assignee()))
                .expectEvents(new MemberPoolConfirmed(ID, 4, 1, 3, REFS, POOL_ON, MEMBER));
    }

    @Test
    void the_member_pool_needs_the_owner_engaged_first() {
        fixture.given(opened())
                .when(new ConfirmMemberPool(ID, null, 4, 1, 3, REFS, POOL_ON, assignee()))
                .expectException(violates("owner-not-engaged"))
                .expectNoEvents();
    }

    @Test
    void official_members_employed_12_months_cannot_outnumber_official_members() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE))
                .when(new ConfirmMemberPool(ID, null, 2, 1, 3, List.of(), POOL_ON, assignee()))
                .expectException(violates("counts-consistent"))
                .expectNoEvents();
    }

    @Test
    void a_member_is_listed_once_in_the_pool() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE))
                .when(new ConfirmMemberPool(ID, null, 4, 0, 3, List.of("dv-01", "dv-01"), POOL_ON, assignee()))
                .expectException(violates("counts-consistent"))
                .expectNoEvents();
    }

    @Test
    void the_pool_lists_no_more_references_than_members() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE))
                .when(new ConfirmMemberPool(ID, null, 3, 0, 3, REFS, POOL_ON, assignee()))
                .expectException(violates("counts-consistent"))
                .expectNoEvents();
    }

    @Test
    void the_member_pool_is_confirmed_again_when_a_member_leaves_after_the_proposal() {
        fixture.given(proposalSubmitted())
                .when(new ConfirmMemberPool(ID, null, 3, 1, 2, REFS.subList(0, 3), TODAY, assignee()))
                .expectEvents(new MemberPoolConfirmed(ID, 3, 1, 2, REFS.subList(0, 3), TODAY, MEMBER));
    }

    // ---- proposal -----------------------------------------------------------------------

    @Test
    void the_establishment_is_proposed_to_the_directly_superior_committee() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE), pool(4, 3))
                .when(new SubmitEstablishmentProposal(ID, null, SUPERIOR, PROPOSED_ON, assignee()))
                .expectEvents(new EstablishmentProposalSubmitted(ID, SUPERIOR, PROPOSED_ON, MEMBER));
    }

    @Test
    void an_undecided_owner_does_not_hold_the_proposal_back() {
        fixture.given(opened(), engaged(OwnerAttitude.UNDECIDED), pool(4, 3))
                .when(new SubmitEstablishmentProposal(ID, null, SUPERIOR, PROPOSED_ON, assignee()))
                .expectEvents(new EstablishmentProposalSubmitted(ID, SUPERIOR, PROPOSED_ON, MEMBER));
    }

    @Test
    void no_proposal_before_the_member_pool_is_confirmed() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE))
                .when(new SubmitEstablishmentProposal(ID, null, SUPERIOR, PROPOSED_ON, assignee()))
                .expectException(violates("member-pool-not-confirmed"))
                .expectNoEvents();
    }

    @Test
    void no_proposal_while_the_owners_last_attitude_is_a_refusal() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE), pool(4, 3), engaged(OwnerAttitude.REFUSED))
                .when(new SubmitEstablishmentProposal(ID, null, SUPERIOR, PROPOSED_ON, assignee()))
                .expectException(violates("owner-refuses"))
                .expectNoEvents();
    }

    @Test
    void a_proposal_needs_three_official_members() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE), pool(4, 2))
                .when(new SubmitEstablishmentProposal(ID, null, SUPERIOR, PROPOSED_ON, assignee()))
                .expectException(violates("three-official-members-required"))
                .expectNoEvents();
    }

    @Test
    void the_proposal_is_submitted_once() {
        fixture.given(proposalSubmitted())
                .when(new SubmitEstablishmentProposal(ID, null, SUPERIOR, TODAY, assignee()))
                .expectException(violates("proposal-already-submitted"))
                .expectNoEvents();
    }

    // ---- decision -----------------------------------------------------------------------

    @Test
    void the_establishment_decision_appoints_the_cell_committee() {
        List<CellCommitteeAppointment> committee = List.of(new CellCommitteeAppointment("dv-01", SECRETARY),
                new CellCommitteeAppointment("dv-02", DEPUTY_SECRETARY),
                new CellCommitteeAppointment("dv-03", COMMITTEE_MEMBER));
        fixture.given(proposalSubmitted())
                .when(decision(DECIDED_ON, committee))
                .expectEvents(new EstablishmentDecisionIssued(ID, DECISION, SUPERIOR, ORGANIZATION, committee,
                        DECIDED_ON, MEMBER));
    }

    @Test
    void no_decision_before_a_proposal() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE), pool(4, 3))
                .when(decision(DECIDED_ON, COMMITTEE))
                .expectException(violates("proposal-not-submitted"))
                .expectNoEvents();
    }

    @Test
    void establishment_decision_needs_three_official_members() {
        fixture.given(proposalSubmitted())
                .andGivenCommands(new ConfirmMemberPool(ID, null, 3, 1, 2, List.of(), TODAY, assignee()))
                .when(decision(DECIDED_ON, COMMITTEE))
                .expectException(violates("three-official-members-required"))
                .expectNoEvents();
    }

    @Test
    void the_decision_cannot_be_dated_before_the_proposal() {
        fixture.given(proposalSubmitted())
                .when(decision(PROPOSED_ON.minusDays(1), COMMITTEE))
                .expectException(violates("decision-not-before-proposal"))
                .expectNoEvents();
    }

    @Test
    void the_decision_appoints_exactly_one_secretary() {
        fixture.given(proposalSubmitted())
                .when(decision(DECIDED_ON, List.of(new CellCommitteeAppointment("dv-01", SECRETARY),
                        new CellCommitteeAppointment("dv-02", SECRETARY))))
                .expectException(violates("one-secretary"))
                .expectNoEvents();
    }

    @Test
    void a_member_holds_one_post_in_the_committee() {
        fixture.given(proposalSubmitted())
                .when(decision(DECIDED_ON, List.of(new CellCommitteeAppointment("dv-01", SECRETARY),
                        new CellCommitteeAppointment("dv-01", DEPUTY_SECRETARY))))
                .expectException(violates("one-post-per-member"))
                .expectNoEvents();
    }

    @Test
    void appointees_belong_to_the_confirmed_member_pool() {
        fixture.given(proposalSubmitted())
                .when(decision(DECIDED_ON, List.of(new CellCommitteeAppointment("dv-99", SECRETARY))))
                .expectException(violates("appointee-in-member-pool"))
                .expectNoEvents();
    }

    @Test
    void the_committee_does_not_outnumber_the_official_members() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE), pool(3, 3), proposed())
                .when(decision(DECIDED_ON, List.of(new CellCommitteeAppointment("dv-01", SECRETARY),
                        new CellCommitteeAppointment("dv-02", DEPUTY_SECRETARY),
                        new CellCommitteeAppointment("dv-03", COMMITTEE_MEMBER),
                        new CellCommitteeAppointment("dv-04", COMMITTEE_MEMBER))))
                .expectException(violates("committee-of-official-members"))
                .expectNoEvents();
    }

    @Test
    void the_decision_is_recorded_once() {
        fixture.given(proposalSubmitted()).andGiven(decided())
                .when(decision(DECIDED_ON, COMMITTEE))
                .expectException(violates("decision-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void the_member_pool_no_longer_changes_after_the_decision() {
        fixture.given(proposalSubmitted()).andGiven(decided())
                .when(new ConfirmMemberPool(ID, null, 4, 1, 4, REFS, TODAY, assignee()))
                .expectException(violates("decision-already-recorded"))
                .expectNoEvents();
    }

    // ---- announcement and completion ----------------------------------------------------

    @Test
    void the_decision_is_announced_at_a_ceremony() {
        fixture.given(proposalSubmitted()).andGiven(decided())
                .when(new AnnounceEstablishment(ID, null, PLACE, ANNOUNCED_ON, assignee()))
                .expectEvents(new EstablishmentAnnounced(ID, PLACE, ANNOUNCED_ON, MEMBER));
    }

    @Test
    void nothing_is_announced_before_the_decision() {
        fixture.given(proposalSubmitted())
                .when(new AnnounceEstablishment(ID, null, PLACE, ANNOUNCED_ON, assignee()))
                .expectException(violates("decision-not-recorded"))
                .expectNoEvents();
    }

    @Test
    void the_announcement_cannot_be_dated_before_the_decision() {
        fixture.given(proposalSubmitted()).andGiven(decided())
                .when(new AnnounceEstablishment(ID, null, PLACE, DECIDED_ON.minusDays(1), assignee()))
                .expectException(violates("announcement-not-before-decision"))
                .expectNoEvents();
    }

    @Test
    void the_decision_is_announced_once() {
        fixture.given(proposalSubmitted()).andGiven(decided(), announced())
                .when(new AnnounceEstablishment(ID, null, PLACE, TODAY, assignee()))
                .expectException(violates("already-announced"))
                .expectNoEvents();
    }

    @Test
    void completing_the_establishment_names_the_new_party_organization() {
        fixture.given(proposalSubmitted()).andGiven(decided(), announced())
                .when(complete("org-new", TODAY))
                .expectEvents(new CellEstablishmentCompleted(ID, "org-new", TAX_CODE, ENTERPRISE, ORGANIZATION,
                                DECISION, DECIDED_ON, SUPERIOR, PartyOrganizationKind.GRASSROOTS_CELL, LEAD_UNIT, 4, 1,
                                TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.CELL_ESTABLISHMENT, TODAY, MEMBER));
    }

    @Test
    void the_completion_gives_the_organizations_kind() {
        fixture.given(proposalSubmitted()).andGiven(decided(), announced())
                .when(new CompleteCellEstablishment(ID, null, "org-new", null, LEAD_UNIT, TODAY, assignee()))
                .expectException(violates("required", "kind"))
                .expectNoEvents();
    }

    @Test
    void the_completion_gives_the_superior_committee() {
        fixture.given(proposalSubmitted()).andGiven(decided(), announced())
                .when(new CompleteCellEstablishment(ID, null, "org-new", PartyOrganizationKind.GRASSROOTS_COMMITTEE,
                        " ", TODAY, assignee()))
                .expectException(violates("required", "superiorCommitteeUnitId"))
                .expectNoEvents();
    }

    /** The committee as units were on the decision's day: the organization exists from it. */
    @Test
    void the_superior_committee_is_a_unit_that_existed_on_the_decisions_day() {
        fixture.given(proposalSubmitted()).andGiven(decided(), announced())
                .when(new CompleteCellEstablishment(ID, null, "org-new",
                        PartyOrganizationKind.CELL_UNDER_GRASSROOTS_COMMITTEE, DISSOLVED_UNIT, TODAY, assignee()))
                .expectException(violates("unknown-superior-committee", "superiorCommitteeUnitId"))
                .expectNoEvents();
    }

    @Test
    void no_completion_before_the_announcement() {
        fixture.given(proposalSubmitted()).andGiven(decided())
                .when(complete("org-new", TODAY))
                .expectException(violates("not-announced"))
                .expectNoEvents();
    }

    @Test
    void the_completion_cannot_be_dated_before_the_announcement() {
        fixture.given(proposalSubmitted()).andGiven(decided(), announced())
                .when(complete("org-new", ANNOUNCED_ON.minusDays(1)))
                .expectException(violates("completion-not-before-announcement"))
                .expectNoEvents();
    }

    // ---- fewer than three members: introduction to an existing organization -------------

        @Test
    void with_fewer_than_three_official_members_they_are_introduced_to_an_existing_organization() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE), pool(2, 2))
                .when(new IntroduceMembersToExistingOrganization(ID, null, RECEIVING, TODAY, assignee()))
                .expectEvents(new MembersIntroducedToExistingOrganization(ID, RECEIVING, 2, 1,
                                REFS.subList(0, 2), TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.CELL_ESTABLISHMENT, TODAY, MEMBER));
    }

    @Test
    void members_who_left_after_the_proposal_leave_the_rest_to_be_introduced() {
        fixture.given(proposalSubmitted())
                .andGivenCommands(new ConfirmMemberPool(ID, null, 2, 1, 2, List.of(), TODAY, assignee()))
                .when(new IntroduceMembersToExistingOrganization(ID, null, RECEIVING, TODAY, assignee()))
                .expectEvents(new MembersIntroducedToExistingOrganization(ID, RECEIVING, 2, 1, List.of(), TODAY,
                                MEMBER),
                        new TaskCompleted(ID, TaskKind.CELL_ESTABLISHMENT, TODAY, MEMBER));
    }

    @Test
    void three_qualifying_official_members_establish_an_organization_of_their_own() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE), pool(4, 3))
                .when(new IntroduceMembersToExistingOrganization(ID, null, RECEIVING, TODAY, assignee()))
                .expectException(violates("enough-members-to-establish"))
                .expectNoEvents();
    }

    @Test
    void members_are_introduced_only_once_the_pool_is_confirmed() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE))
                .when(new IntroduceMembersToExistingOrganization(ID, null, RECEIVING, TODAY, assignee()))
                .expectException(violates("member-pool-not-confirmed"))
                .expectNoEvents();
    }

    @Test
    void members_are_not_introduced_elsewhere_after_the_decision() {
        fixture.given(proposalSubmitted()).andGiven(decided())
                .when(new IntroduceMembersToExistingOrganization(ID, null, RECEIVING, TODAY, assignee()))
                .expectException(violates("decision-already-recorded"))
                .expectNoEvents();
    }

    @Test
    void an_empty_pool_has_no_members_to_introduce() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE),
                        new MemberPoolConfirmed(ID, 0, 0, 0, List.of(), POOL_ON, MEMBER))
                .when(new IntroduceMembersToExistingOrganization(ID, null, RECEIVING, TODAY, assignee()))
                .expectException(violates("no-members-to-introduce"))
                .expectNoEvents();
    }

    // ---- abandonment and the end --------------------------------------------------------

    @Test
    void the_establishment_is_abandoned_when_the_enterprise_dissolves() {
        fixture.given(opened(), engaged(OwnerAttitude.SUPPORTIVE))
                .when(new AbandonCellEstablishment(ID, null, AbandonmentReason.ENTERPRISE_DISSOLVED, null, TODAY,
                        assignee()))
                .expectEvents(new CellEstablishmentAbandoned(ID, AbandonmentReason.ENTERPRISE_DISSOLVED, null,
                                TODAY, MEMBER),
                        new TaskCancelled(ID, "Doanh nghiệp giải thể, ngừng hoạt động", TODAY, MEMBER));
    }

    @Test
    void the_establishment_is_abandoned_when_the_owner_refuses() {
        fixture.given(opened(), engaged(OwnerAttitude.REFUSED))
                .when(new AbandonCellEstablishment(ID, null, AbandonmentReason.OWNER_REFUSED, "Đã vận động 3 lần.",
                        TODAY, assignee()))
                .expectEvents(new CellEstablishmentAbandoned(ID, AbandonmentReason.OWNER_REFUSED,
                                "Đã vận động 3 lần.", TODAY, MEMBER),
                        new TaskCancelled(ID, "Chủ doanh nghiệp không đồng ý thành lập tổ chức đảng: Đã vận động 3 lần.",
                                TODAY, MEMBER));
    }

    @Test
    void the_owners_refusal_is_a_reason_only_once_recorded() {
        fixture.given(opened(), engaged(OwnerAttitude.REFUSED), engaged(OwnerAttitude.UNDECIDED))
                .when(new AbandonCellEstablishment(ID, null, AbandonmentReason.OWNER_REFUSED, null, TODAY,
                        assignee()))
                .expectException(violates("owner-refusal-not-recorded"))
                .expectNoEvents();
    }

    @Test
    void another_reason_is_explained_in_a_note() {
        fixture.given(opened())
                .when(new AbandonCellEstablishment(ID, null, AbandonmentReason.OTHER, " ", TODAY, assignee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void nothing_changes_after_the_establishment_completed() {
        fixture.given(proposalSubmitted()).andGiven(decided(), announced(),
                        new CellEstablishmentCompleted(ID, "org-new", TAX_CODE, ENTERPRISE, ORGANIZATION, DECISION,
                                DECIDED_ON, SUPERIOR, PartyOrganizationKind.GRASSROOTS_CELL, LEAD_UNIT, 4, 1, TODAY,
                                MEMBER),
                        new TaskCompleted(ID, TaskKind.CELL_ESTABLISHMENT, TODAY, MEMBER))
                .when(new AbandonCellEstablishment(ID, null, AbandonmentReason.ENTERPRISE_DISSOLVED, null, TODAY,
                        assignee()))
                .expectException(violates("task-closed"))
                .expectNoEvents();
    }

    @Test
    void nothing_changes_after_the_establishment_was_abandoned() {
        fixture.given(opened(),
                        new CellEstablishmentAbandoned(ID, AbandonmentReason.ENTERPRISE_DISSOLVED, null, TODAY, MEMBER),
                        new TaskCancelled(ID, "Doanh nghiệp giải thể, ngừng hoạt động", TODAY, MEMBER))
                .when(new EngageOwner(ID, null, OwnerAttitude.SUPPORTIVE, null, TODAY, assignee()))
                .expectException(violates("task-closed"))
                .expectNoEvents();
    }

    // ---- texts every step needs -------------------------------------------------------

    static Stream<Arguments> stepsWithABlankText() {
        Object[] decided = {opened(), engaged(OwnerAttitude.SUPPORTIVE), pool(4, 3), proposed(), decided()};
        Object[] announced = {opened(), engaged(OwnerAttitude.SUPPORTIVE), pool(4, 3), proposed(), decided(),
                announced()};
        return Stream.of(
                Arguments.of("enterpriseName", new Object[0],
                        new OpenCellEstablishment(ID, cellHeader(), TAX_CODE, " ", OPENED, organizationCommittee())),
                Arguments.of("enterpriseTaxCode", new Object[0],
                        new OpenCellEstablishment(ID, cellHeader(), "", ENTERPRISE, OPENED, organizationCommittee())),
                Arguments.of("superiorCommittee", new Object[]{opened(), engaged(OwnerAttitude.SUPPORTIVE), pool(4, 3)},
                        new SubmitEstablishmentProposal(ID, null, " ", PROPOSED_ON, assignee())),
                Arguments.of("decisionNumber", proposalSubmitted(), new RecordEstablishmentDecision(ID, null, " ",
                        SUPERIOR, ORGANIZATION, COMMITTEE, DECIDED_ON, assignee())),
                Arguments.of("issuingCommittee", proposalSubmitted(), new RecordEstablishmentDecision(ID, null,
                        DECISION, " ", ORGANIZATION, COMMITTEE, DECIDED_ON, assignee())),
                Arguments.of("organizationName", proposalSubmitted(), new RecordEstablishmentDecision(ID, null,
                        DECISION, SUPERIOR, null, COMMITTEE, DECIDED_ON, assignee())),
                Arguments.of("place", decided, new AnnounceEstablishment(ID, null, " ", ANNOUNCED_ON, assignee())),
                Arguments.of("partyOrganizationId", announced,
                        complete("", TODAY)),
                Arguments.of("receivingOrganization", new Object[]{opened(), engaged(OwnerAttitude.SUPPORTIVE),
                        pool(2, 2)}, new IntroduceMembersToExistingOrganization(ID, null, " ", TODAY, assignee())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepsWithABlankText")
    void a_step_without_a_text_it_needs_is_refused_naming_the_field(String field, Object[] history, Object command) {
        fixture.given(history)
                .when(command)
                .expectException(violates("required", field))
                .expectNoEvents();
    }
}
