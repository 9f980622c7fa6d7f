package vn.directives.command.partyorganization;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.platform.security.Role;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.ExitReason;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MemberStatus;
import vn.directives.events.partyorganization.MembersLeft;
import vn.directives.events.partyorganization.MembersReceived;
import vn.directives.events.partyorganization.MembersTransferredIn;
import vn.directives.events.partyorganization.MembersTransferredOut;
import vn.directives.events.partyorganization.NewMembersAdmitted;
import vn.directives.events.partyorganization.PartyOrganizationDissolved;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.partyorganization.PartyOrganizationMerged;
import vn.directives.events.partyorganization.ProbationaryMembersRecognized;
import vn.directives.events.partyorganization.RecordSource;
import vn.directives.events.partyorganization.SuccessorShare;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static vn.directives.command.common.RuleViolations.violates;

/** Members by status, exits other than transfers, merger and dissolution: one fixture per rule. */
class PartyOrganizationMembersTest {

    private static final String ID = "org-1";
    private static final String OTHER = "org-2";
    private static final String THIRD = "org-3";
    private static final String CLOSED = "org-closed";
    private static final LocalDate TODAY = LocalDate.of(2025, 8, 14);
    private static final LocalDate SINCE = LocalDate.of(2019, 5, 19);
    private static final LocalDate ON = LocalDate.of(2025, 7, 1);
    private static final String USER = "ban-to-chuc";
    private static final CommandContext ORGANIZATION_COMMITTEE =
            new CommandContext(USER, Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    private static final CommandContext UNIT_OFFICER =
            new CommandContext("officer-1", Set.of(Role.UNIT_OFFICER), "dang-uy-khoi", TODAY);
    private static final CommandContext POLICY = new CommandContext(USER, Set.of(), null, TODAY);

    private FixtureConfiguration<PartyOrganization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartyOrganization.class);
        OpenOrganizations open = id -> !CLOSED.equals(id);
        fixture.registerInjectableResource(open);
    }

    /** Five official members and two probationary ones. */
    private static ExistingPartyOrganizationRecorded existing() {
        return new ExistingPartyOrganizationRecorded(ID, "4600123456", "Công ty TNHH Minh Phát",
                "Chi bộ Công ty TNHH Minh Phát", PartyOrganizationKind.GRASSROOTS_CELL, "dang-uy-khoi",
                RecordSource.INITIAL_REGISTRY, null, 5, 2, SINCE, USER);
    }

    private static RecordExit exit(ExitReason reason, MemberStatus status, int members) {
        return new RecordExit(ID, null, reason, status, members, ON, ORGANIZATION_COMMITTEE);
    }

    // ---- recognition --------------------------------------------------------------------

    @Test
    void probationary_members_are_recognized_official() {
        fixture.given(existing())
                .when(new RecordRecognition(ID, null, 2, ON, ORGANIZATION_COMMITTEE))
                .expectEvents(new ProbationaryMembersRecognized(ID, 2, null, ON, USER));
    }

    @Test
    void no_more_members_are_recognized_than_are_probationary() {
        fixture.given(existing())
                .when(new RecordRecognition(ID, null, 3, ON, ORGANIZATION_COMMITTEE))
                .expectException(violates("not-enough-members", "members"))
                .expectNoEvents();
    }

    @Test
    void members_admitted_are_probationary_and_may_be_recognized() {
        fixture.given(existing(), new NewMembersAdmitted(ID, 1, SINCE.plusYears(1), USER))
                .when(new RecordRecognition(ID, null, 3, ON, ORGANIZATION_COMMITTEE))
                .expectEvents(new ProbationaryMembersRecognized(ID, 3, null, ON, USER));
    }

    @Test
    void a_candidate_recognized_official_moves_one_probationary_member() {
        fixture.given(existing())
                .when(new RecordCandidateRecognition(ID, "candidate-7", ON, POLICY))
                .expectEvents(new ProbationaryMembersRecognized(ID, 1, "candidate-7", ON, USER));
    }

    @Test
    void a_candidate_is_not_recognized_where_no_probationary_member_is_counted() {
        fixture.given(existing(), new ProbationaryMembersRecognized(ID, 2, null, ON, USER))
                .when(new RecordCandidateRecognition(ID, "candidate-7", ON, POLICY))
                .expectException(violates("not-enough-members", "members"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_records_recognitions() {
        fixture.given(existing())
                .when(new RecordRecognition(ID, null, 1, ON, UNIT_OFFICER))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    // ---- exits --------------------------------------------------------------------------

    @Test
    void an_official_member_who_died_leaves_the_organization() {
        fixture.given(existing())
                .when(exit(ExitReason.DEATH, MemberStatus.OFFICIAL, 1))
                .expectEvents(new MembersLeft(ID, ExitReason.DEATH, MemberStatus.OFFICIAL, 1, ON, USER));
    }

    @Test
    void a_probationary_member_is_removed_from_the_rolls() {
        fixture.given(existing())
                .when(exit(ExitReason.REMOVAL_FROM_ROLLS, MemberStatus.PROBATIONARY, 2))
                .expectEvents(new MembersLeft(ID, ExitReason.REMOVAL_FROM_ROLLS, MemberStatus.PROBATIONARY, 2, ON,
                        USER));
    }

    @Test
    void no_more_probationary_members_leave_than_there_are() {
        fixture.given(existing())
                .when(exit(ExitReason.EXPULSION, MemberStatus.PROBATIONARY, 3))
                .expectException(violates("not-enough-members", "members"))
                .expectNoEvents();
    }

    @Test
    void members_recognized_official_leave_as_official_members() {
        fixture.given(existing(), new ProbationaryMembersRecognized(ID, 2, null, ON, USER))
                .when(exit(ExitReason.LEAVING_ON_REQUEST, MemberStatus.OFFICIAL, 7))
                .expectEvents(new MembersLeft(ID, ExitReason.LEAVING_ON_REQUEST, MemberStatus.OFFICIAL, 7, ON, USER));
    }

    @Test
    void members_who_left_are_counted_no_more() {
        fixture.given(existing(), new MembersLeft(ID, ExitReason.DEATH, MemberStatus.OFFICIAL, 1, ON, USER))
                .when(exit(ExitReason.EXPULSION, MemberStatus.OFFICIAL, 5))
                .expectException(violates("not-enough-members", "members"))
                .expectNoEvents();
    }

    @Test
    void a_temporary_member_leaves_only_where_one_attends() {
        fixture.given(existing())
                .when(exit(ExitReason.DEATH, MemberStatus.TEMPORARY, 1))
                .expectException(violates("not-enough-members", "members"))
                .expectNoEvents();
    }

    @Test
    void members_here_temporarily_may_leave() {
        fixture.given(existing(), new MembersTransferredIn(ID, "transfer-1", 2, true, ON, USER))
                .when(exit(ExitReason.DEATH, MemberStatus.TEMPORARY, 2))
                .expectEvents(new MembersLeft(ID, ExitReason.DEATH, MemberStatus.TEMPORARY, 2, ON, USER));
    }

    /** Transfers do not say who moved: official members first, then probationary ones. */
    @Test
    void a_transfer_out_beyond_the_official_members_takes_probationary_ones() {
        fixture.given(existing(), new MembersTransferredOut(ID, "transfer-1", 6, false, ON, USER))
                .when(exit(ExitReason.DEATH, MemberStatus.PROBATIONARY, 2))
                .expectException(violates("not-enough-members", "members"))
                .expectNoEvents();
    }

    @Test
    void an_exit_names_its_reason() {
        fixture.given(existing())
                .when(exit(null, MemberStatus.OFFICIAL, 1))
                .expectException(violates("required", "reason"))
                .expectNoEvents();
    }

    @Test
    void an_exit_names_the_members_status() {
        fixture.given(existing())
                .when(exit(ExitReason.DEATH, null, 1))
                .expectException(violates("required", "status"))
                .expectNoEvents();
    }

    @Test
    void an_exit_counts_at_least_one_member() {
        fixture.given(existing())
                .when(exit(ExitReason.DEATH, MemberStatus.OFFICIAL, 0))
                .expectException(violates("at-least-one-member", "members"))
                .expectNoEvents();
    }

    @Test
    void an_exit_cannot_predate_the_organization() {
        fixture.given(existing())
                .when(new RecordExit(ID, null, ExitReason.DEATH, MemberStatus.OFFICIAL, 1, SINCE.minusDays(1),
                        ORGANIZATION_COMMITTEE))
                .expectException(violates("not-before-organization", "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_records_exits() {
        fixture.given(existing())
                .when(new RecordExit(ID, null, ExitReason.DEATH, MemberStatus.OFFICIAL, 1, ON, UNIT_OFFICER))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    // ---- merger -------------------------------------------------------------------------

    @Test
    void a_merged_organization_hands_all_its_members_by_status_to_the_one_it_joins() {
        fixture.given(existing(), new MembersTransferredIn(ID, "transfer-1", 1, true, ON, USER),
                        new ProbationaryMembersRecognized(ID, 1, null, ON, USER))
                .when(new MergePartyOrganization(ID, null, OTHER, ON, ORGANIZATION_COMMITTEE))
                .expectEvents(new PartyOrganizationMerged(ID, OTHER, new MemberCounts(6, 1, 1), ON, USER));
    }

    @Test
    void an_organization_is_not_merged_into_itself() {
        fixture.given(existing())
                .when(new MergePartyOrganization(ID, null, ID, ON, ORGANIZATION_COMMITTEE))
                .expectException(violates("reorganized-into-itself", "intoPartyOrganizationId"))
                .expectNoEvents();
    }

    @Test
    void an_organization_is_merged_into_one_that_is_open() {
        fixture.given(existing())
                .when(new MergePartyOrganization(ID, null, CLOSED, ON, ORGANIZATION_COMMITTEE))
                .expectException(violates("unknown-party-organization", "intoPartyOrganizationId"))
                .expectNoEvents();
    }

    @Test
    void members_arrive_in_the_organization_merged_into() {
        fixture.given(existing())
                .when(new ReceiveMembers(ID, THIRD, new MemberCounts(4, 1, 0), ON, POLICY))
                .expectEvents(new MembersReceived(ID, THIRD, new MemberCounts(4, 1, 0), ON, USER));
    }

    @Test
    void members_received_are_counted_by_status() {
        fixture.given(existing(), new MembersReceived(ID, THIRD, new MemberCounts(0, 3, 0), ON, USER))
                .when(new RecordRecognition(ID, null, 5, ON, ORGANIZATION_COMMITTEE))
                .expectEvents(new ProbationaryMembersRecognized(ID, 5, null, ON, USER));
    }

    @Test
    void a_closed_organization_changes_no_more() {
        fixture.given(existing(), new PartyOrganizationMerged(ID, OTHER, new MemberCounts(5, 2, 0), ON, USER))
                .when(new RecordAdmission(ID, null, 1, ON, ORGANIZATION_COMMITTEE))
                .expectException(violates("organization-closed"))
                .expectNoEvents();
    }

    @Test
    void a_closed_organization_receives_no_members() {
        fixture.given(existing(), new PartyOrganizationDissolved(ID, "Doanh nghiệp giải thể", List.of(),
                        new MemberCounts(5, 2, 0), ON, USER))
                .when(new ReceiveMembers(ID, THIRD, new MemberCounts(1, 0, 0), ON, POLICY))
                .expectException(violates("organization-closed"))
                .expectNoEvents();
    }

    @Test
    void members_do_not_arrive_before_the_organization_existed() {
        fixture.given(existing())
                .when(new ReceiveMembers(ID, THIRD, new MemberCounts(1, 0, 0), SINCE.minusDays(1), POLICY))
                .expectException(violates("not-before-organization", "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_merges_organizations() {
        fixture.given(existing())
                .when(new MergePartyOrganization(ID, null, OTHER, ON, UNIT_OFFICER))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    // ---- dissolution --------------------------------------------------------------------

    @Test
    void a_dissolved_organization_hands_its_members_to_its_successors_and_states_those_leaving() {
        List<SuccessorShare> successors = List.of(new SuccessorShare(OTHER, new MemberCounts(3, 1, 0)),
                new SuccessorShare(THIRD, new MemberCounts(1, 1, 0)));
        fixture.given(existing())
                .when(new DissolvePartyOrganization(ID, null, " Doanh nghiệp chia tách ", successors,
                        new MemberCounts(1, 0, 0), ON, ORGANIZATION_COMMITTEE))
                .expectEvents(new PartyOrganizationDissolved(ID, "Doanh nghiệp chia tách", successors,
                        new MemberCounts(1, 0, 0), ON, USER));
    }

    @Test
    void every_member_of_a_dissolved_organization_is_accounted_for() {
        fixture.given(existing())
                .when(new DissolvePartyOrganization(ID, null, "Doanh nghiệp chia tách",
                        List.of(new SuccessorShare(OTHER, new MemberCounts(4, 2, 0))), MemberCounts.NONE, ON,
                        ORGANIZATION_COMMITTEE))
                .expectException(violates("members-not-accounted-for", "leaving"))
                .expectNoEvents();
    }

    @Test
    void no_more_members_go_to_successors_than_there_are() {
        fixture.given(existing())
                .when(new DissolvePartyOrganization(ID, null, "Doanh nghiệp chia tách",
                        List.of(new SuccessorShare(OTHER, new MemberCounts(5, 3, 0))), MemberCounts.NONE, ON,
                        ORGANIZATION_COMMITTEE))
                .expectException(violates("members-not-accounted-for", "leaving"))
                .expectNoEvents();
    }

    @Test
    void a_successor_is_named_once() {
        fixture.given(existing())
                .when(new DissolvePartyOrganization(ID, null, "Doanh nghiệp chia tách",
                        List.of(new SuccessorShare(OTHER, new MemberCounts(3, 1, 0)),
                                new SuccessorShare(OTHER, new MemberCounts(2, 1, 0))), MemberCounts.NONE, ON,
                        ORGANIZATION_COMMITTEE))
                .expectException(violates("successor-named-twice", "successors[1].partyOrganizationId"))
                .expectNoEvents();
    }

    @Test
    void a_successor_is_an_open_organization() {
        fixture.given(existing())
                .when(new DissolvePartyOrganization(ID, null, "Doanh nghiệp chia tách",
                        List.of(new SuccessorShare(CLOSED, new MemberCounts(5, 2, 0))), MemberCounts.NONE, ON,
                        ORGANIZATION_COMMITTEE))
                .expectException(violates("unknown-party-organization", "successors[0].partyOrganizationId"))
                .expectNoEvents();
    }

    @Test
    void a_dissolution_needs_a_reason() {
        fixture.given(existing())
                .when(new DissolvePartyOrganization(ID, null, " ", List.of(), new MemberCounts(5, 2, 0), ON,
                        ORGANIZATION_COMMITTEE))
                .expectException(violates("required", "reason"))
                .expectNoEvents();
    }
}
