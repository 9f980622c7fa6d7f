package vn.directives.command.membertransfer;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.task.Task;
import vn.directives.events.membertransfer.IntroductionLetterAccepted;
import vn.directives.events.membertransfer.IntroductionLetterIssued;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.membertransfer.MemberTransferRequested;
import vn.directives.events.membertransfer.MemberTransferReturned;
import vn.directives.events.membertransfer.MemberTransferWithdrawn;
import vn.directives.events.membertransfer.PartyOrganization;
import vn.directives.events.membertransfer.TemporaryPeriod;
import vn.directives.events.membertransfer.Timeliness;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

import static vn.directives.command.task.TaskFixtures.*;
import static vn.directives.events.membertransfer.TransferDirection.ENTERPRISE_TO_RESIDENCE;
import static vn.directives.events.membertransfer.TransferDirection.RESIDENCE_TO_ENTERPRISE;
import static vn.directives.events.membertransfer.TransferType.OFFICIAL;
import static vn.directives.events.membertransfer.TransferType.TEMPORARY;
import static vn.directives.command.common.RuleViolations.violates;

class MemberTransferTest {

    private static final String ID = "transfer-1";
    private static final String MEMBER_REF = "5f0e7c2a-3b1d-4e8f-9a6c-2d4b8e1f0a37";
    private static final PartyOrganization RESIDENCE = new PartyOrganization("Chi bộ Khu dân cư số 5",
            "dang-uy-phuong-phan-dinh-phung", null);
    private static final PartyOrganization ENTERPRISE = new PartyOrganization("Chi bộ Công ty TNHH Minh Phát",
            LEAD_UNIT, "4600123456");
    /** Before the opening (3/3/2025); its 60th working day is 15/5/2025, after today. */
    private static final LocalDate DECISION = LocalDate.of(2025, 2, 20);
    /** Its 60th working day (weekends only) is Monday 24/2/2025. */
    private static final LocalDate OLD_DECISION = LocalDate.of(2024, 12, 2);
    private static final LocalDate OLD_DECISION_DUE = LocalDate.of(2025, 2, 24);
    private static final LocalDate LETTER_ON = LocalDate.of(2025, 3, 5);
    private static final String LETTER = "125-GGT/ĐU";
    private static final String LATE_REASON = "Đảng viên đi công tác dài ngày ở nước ngoài.";

    private FixtureConfiguration<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class).withSubtypes(MemberTransfer.class);
        fixture.registerInjectableResource(directives());
        fixture.registerInjectableResource(units());
        fixture.registerInjectableResource(roster());
        fixture.registerInjectableResource(new WeekdaysOnly());
    }

    // ---- request -----------------------------------------------------------------------

    @Test
    void the_organization_committee_requests_an_official_transfer_to_the_enterprise() {
        fixture.givenNoPriorActivity()
                .when(request(RESIDENCE_TO_ENTERPRISE, OFFICIAL, null, RESIDENCE, ENTERPRISE, DECISION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(requested(RESIDENCE_TO_ENTERPRISE, OFFICIAL, null, RESIDENCE, ENTERPRISE, DECISION,
                        OPENED));
    }

    @Test
    void a_member_is_transferred_back_to_the_place_of_residence() {
        fixture.givenNoPriorActivity()
                .when(request(ENTERPRISE_TO_RESIDENCE, OFFICIAL, null, ENTERPRISE, RESIDENCE, DECISION))
                .expectEvents(requested(ENTERPRISE_TO_RESIDENCE, OFFICIAL, null, ENTERPRISE, RESIDENCE, DECISION,
                        OPENED));
    }

    @Test
    void a_temporary_transfer_of_three_months_records_its_period() {
        TemporaryPeriod threeMonths = period("2025-04-01", "2025-06-30");
        fixture.givenNoPriorActivity()
                .when(request(RESIDENCE_TO_ENTERPRISE, TEMPORARY, threeMonths, RESIDENCE, ENTERPRISE, DECISION))
                .expectEvents(requested(RESIDENCE_TO_ENTERPRISE, TEMPORARY, threeMonths, RESIDENCE, ENTERPRISE,
                        DECISION, OPENED));
    }

    @Test
    void a_temporary_transfer_of_just_under_twelve_months_is_allowed() {
        TemporaryPeriod underAYear = period("2025-04-01", "2026-03-30");
        fixture.givenNoPriorActivity()
                .when(request(RESIDENCE_TO_ENTERPRISE, TEMPORARY, underAYear, RESIDENCE, ENTERPRISE, DECISION))
                .expectEvents(requested(RESIDENCE_TO_ENTERPRISE, TEMPORARY, underAYear, RESIDENCE, ENTERPRISE,
                        DECISION, OPENED));
    }

    @Test
    void a_temporary_transfer_shorter_than_three_months_is_refused() {
        fixture.givenNoPriorActivity()
                .when(request(RESIDENCE_TO_ENTERPRISE, TEMPORARY, period("2025-04-01", "2025-06-29"), RESIDENCE,
                        ENTERPRISE, DECISION))
                .expectException(violates("temporary-period-bounds"))
                .expectNoEvents();
    }

    @Test
    void a_temporary_transfer_of_twelve_months_is_refused() {
        fixture.givenNoPriorActivity()
                .when(request(RESIDENCE_TO_ENTERPRISE, TEMPORARY, period("2025-04-01", "2026-03-31"), RESIDENCE,
                        ENTERPRISE, DECISION))
                .expectException(violates("temporary-period-bounds"))
                .expectNoEvents();
    }

    @Test
    void a_temporary_period_ending_before_it_starts_is_refused() {
        fixture.givenNoPriorActivity()
                .when(request(RESIDENCE_TO_ENTERPRISE, TEMPORARY, period("2025-09-01", "2025-04-01"), RESIDENCE,
                        ENTERPRISE, DECISION))
                .expectException(violates("temporary-period-bounds"))
                .expectNoEvents();
    }

    @Test
    void a_temporary_transfer_needs_its_period() {
        fixture.givenNoPriorActivity()
                .when(request(RESIDENCE_TO_ENTERPRISE, TEMPORARY, null, RESIDENCE, ENTERPRISE, DECISION))
                .expectException(violates("temporary-period-required"))
                .expectNoEvents();
    }

    @Test
    void an_official_transfer_has_no_temporary_period() {
        fixture.givenNoPriorActivity()
                .when(request(RESIDENCE_TO_ENTERPRISE, OFFICIAL, period("2025-04-01", "2025-08-31"), RESIDENCE,
                        ENTERPRISE, DECISION))
                .expectException(violates("temporary-period-only-for-temporary"))
                .expectNoEvents();
    }

    @Test
    void the_decision_cannot_be_dated_after_the_request() {
        fixture.givenNoPriorActivity()
                .when(request(RESIDENCE_TO_ENTERPRISE, OFFICIAL, null, RESIDENCE, ENTERPRISE, OPENED.plusDays(1)))
                .expectException(violates("decision-before-request"))
                .expectNoEvents();
    }

    @Test
    void the_enterprise_side_needs_the_enterprise_tax_code() {
        PartyOrganization withoutTaxCode = new PartyOrganization(ENTERPRISE.name(), ENTERPRISE.unitId(), null);
        fixture.givenNoPriorActivity()
                .when(request(RESIDENCE_TO_ENTERPRISE, OFFICIAL, null, RESIDENCE, withoutTaxCode, DECISION))
                .expectException(violates("enterprise-needs-tax-code"))
                .expectNoEvents();
    }

    @Test
    void the_residence_side_has_no_enterprise_tax_code() {
        fixture.givenNoPriorActivity()
                .when(request(ENTERPRISE_TO_RESIDENCE, OFFICIAL, null, ENTERPRISE, ENTERPRISE, DECISION))
                .expectException(violates("residence-has-no-tax-code"))
                .expectNoEvents();
    }

    @Test
    void an_organization_of_a_dissolved_unit_is_refused() {
        PartyOrganization dissolved = new PartyOrganization("Chi bộ Tổ dân phố 2", DISSOLVED_UNIT, null);
        fixture.givenNoPriorActivity()
                .when(request(RESIDENCE_TO_ENTERPRISE, OFFICIAL, null, dissolved, ENTERPRISE, DECISION))
                .expectException(violates("unit-not-active"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_requests_a_transfer() {
        fixture.givenNoPriorActivity()
                .when(new RequestMemberTransfer(ID, header(), MEMBER_REF, RESIDENCE_TO_ENTERPRISE, OFFICIAL, null,
                        RESIDENCE, ENTERPRISE, DECISION, OPENED, assignee()))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    // ---- introduction letter -----------------------------------------------------------

    @Test
    void a_letter_within_60_working_days_of_the_decision_is_on_time() {
        fixture.given(opened())
                .when(new IssueIntroductionLetter(ID, null, LETTER, null, LETTER_ON, assignee()))
                .expectEvents(new IntroductionLetterIssued(ID, LETTER,
                        new Timeliness(LocalDate.of(2025, 5, 15), 0, null), LETTER_ON, MEMBER));
    }

    @Test
    void a_letter_on_the_60th_working_day_is_still_on_time() {
        fixture.given(opened(OLD_DECISION, LocalDate.of(2025, 2, 3)))
                .when(new IssueIntroductionLetter(ID, null, LETTER, null, OLD_DECISION_DUE, assignee()))
                .expectEvents(new IntroductionLetterIssued(ID, LETTER, new Timeliness(OLD_DECISION_DUE, 0, null),
                        OLD_DECISION_DUE, MEMBER));
    }

    @Test
    void a_late_letter_records_its_working_days_late_and_the_reason() {
        LocalDate fiveWorkingDaysLate = LocalDate.of(2025, 3, 3);
        fixture.given(opened(OLD_DECISION, LocalDate.of(2025, 2, 3)))
                .when(new IssueIntroductionLetter(ID, null, LETTER, LATE_REASON, fiveWorkingDaysLate, assignee()))
                .expectEvents(new IntroductionLetterIssued(ID, LETTER, new Timeliness(OLD_DECISION_DUE, 5, LATE_REASON),
                        fiveWorkingDaysLate, MEMBER));
    }

    @Test
    void a_late_letter_without_a_reason_is_refused() {
        fixture.given(opened(OLD_DECISION, LocalDate.of(2025, 2, 3)))
                .when(new IssueIntroductionLetter(ID, null, LETTER, " ", LocalDate.of(2025, 3, 3), assignee()))
                .expectException(violates("lateness-needs-reason"))
                .expectNoEvents();
    }

    @Test
    void a_reason_given_for_an_on_time_letter_is_not_recorded_as_lateness() {
        fixture.given(opened())
                .when(new IssueIntroductionLetter(ID, null, LETTER, LATE_REASON, LETTER_ON, assignee()))
                .expectEvents(new IntroductionLetterIssued(ID, LETTER,
                        new Timeliness(LocalDate.of(2025, 5, 15), 0, null), LETTER_ON, MEMBER));
    }

    @Test
    void the_letter_needs_its_number() {
        fixture.given(opened())
                .when(new IssueIntroductionLetter(ID, null, "", null, LETTER_ON, assignee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void the_letter_is_issued_only_once() {
        fixture.given(opened(), letterIssued())
                .when(new IssueIntroductionLetter(ID, null, "126-GGT/ĐU", null, TODAY, assignee()))
                .expectException(violates("step-out-of-order"))
                .expectNoEvents();
    }

    @Test
    void the_letter_cannot_be_dated_before_the_request() {
        fixture.given(opened())
                .when(new IssueIntroductionLetter(ID, null, LETTER, null, OPENED.minusDays(1), assignee()))
                .expectException(violates("not-before-opening"))
                .expectNoEvents();
    }

    @Test
    void another_member_cannot_issue_the_letter() {
        fixture.given(opened())
                .when(new IssueIntroductionLetter(ID, null, LETTER, null, LETTER_ON, otherMember()))
                .expectException(violates("not-your-task"))
                .expectNoEvents();
    }

    // ---- acceptance by the receiving organization ----------------------------------------

    @Test
    void a_letter_accepted_within_30_working_days_of_its_issue_is_on_time() {
        fixture.given(opened(), letterIssued())
                .when(new AcceptIntroductionLetter(ID, null, null, TODAY, leadUnitOfficer()))
                .expectEvents(new IntroductionLetterAccepted(ID, new Timeliness(LocalDate.of(2025, 4, 16), 0, null),
                        TODAY, "officer-1"));
    }

    @Test
    void a_letter_presented_late_records_its_working_days_late_and_the_reason() {
        LocalDate twelveWorkingDaysLate = LocalDate.of(2025, 3, 3);
        fixture.given(opened(OLD_DECISION, LocalDate.of(2024, 12, 16)), letterIssuedOn(LocalDate.of(2025, 1, 2)))
                .when(new AcceptIntroductionLetter(ID, null, LATE_REASON, twelveWorkingDaysLate, assignee()))
                .expectEvents(new IntroductionLetterAccepted(ID,
                        new Timeliness(LocalDate.of(2025, 2, 13), 12, LATE_REASON), twelveWorkingDaysLate, MEMBER));
    }

    @Test
    void a_letter_presented_late_without_a_reason_is_refused() {
        fixture.given(opened(OLD_DECISION, LocalDate.of(2024, 12, 16)), letterIssuedOn(LocalDate.of(2025, 1, 2)))
                .when(new AcceptIntroductionLetter(ID, null, null, LocalDate.of(2025, 3, 3), assignee()))
                .expectException(violates("lateness-needs-reason"))
                .expectNoEvents();
    }

    @Test
    void no_letter_is_accepted_before_it_is_issued() {
        fixture.given(opened())
                .when(new AcceptIntroductionLetter(ID, null, null, TODAY, assignee()))
                .expectException(violates("step-out-of-order"))
                .expectNoEvents();
    }

    @Test
    void the_acceptance_cannot_be_dated_before_the_letter() {
        fixture.given(opened(), letterIssued())
                .when(new AcceptIntroductionLetter(ID, null, null, LETTER_ON.minusDays(1), assignee()))
                .expectException(violates("not-before-previous-step"))
                .expectNoEvents();
    }

    @Test
    void the_letter_is_accepted_only_once() {
        fixture.given(opened(), letterIssued(), letterAccepted())
                .when(new AcceptIntroductionLetter(ID, null, null, TODAY, assignee()))
                .expectException(violates("step-out-of-order"))
                .expectNoEvents();
    }

    // ---- completion --------------------------------------------------------------------

    @Test
    void completing_an_accepted_transfer_completes_the_task() {
        fixture.given(opened(), letterIssued(), letterAccepted())
                .when(new CompleteMemberTransfer(ID, null, TODAY, assignee()))
                .expectEvents(new MemberTransferCompleted(ID, MEMBER_REF, RESIDENCE_TO_ENTERPRISE, OFFICIAL,
                                ENTERPRISE.enterpriseTaxCode(), TODAY,
                                MEMBER),
                        new TaskCompleted(ID, TaskKind.MEMBER_TRANSFER, TODAY, MEMBER));
    }

    @Test
    void a_transfer_is_not_completed_before_the_letter_is_accepted() {
        fixture.given(opened(), letterIssued())
                .when(new CompleteMemberTransfer(ID, null, TODAY, assignee()))
                .expectException(violates("step-out-of-order"))
                .expectNoEvents();
    }

    @Test
    void the_completion_cannot_be_dated_before_the_acceptance() {
        fixture.given(opened(), letterIssued(), letterAccepted())
                .when(new CompleteMemberTransfer(ID, null, TODAY.minusDays(1), assignee()))
                .expectException(violates("not-before-previous-step"))
                .expectNoEvents();
    }

    @Test
    void nothing_changes_after_the_transfer_completed() {
        fixture.given(opened(), letterIssued(), letterAccepted(),
                        new MemberTransferCompleted(ID, MEMBER_REF, RESIDENCE_TO_ENTERPRISE, OFFICIAL,
                                ENTERPRISE.enterpriseTaxCode(), TODAY, MEMBER),
                        new TaskCompleted(ID, TaskKind.MEMBER_TRANSFER, TODAY, MEMBER))
                .when(new WithdrawMemberTransfer(ID, null, "Nhầm hồ sơ.", TODAY, assignee()))
                .expectException(violates("task-closed"))
                .expectNoEvents();
    }

    // ---- return by the receiving side ----------------------------------------------------

    @Test
    void the_receiving_side_returns_an_issued_letter_with_its_reason() {
        String reason = "Doanh nghiệp xác nhận đảng viên không còn làm việc tại công ty.";
        fixture.given(opened(), letterIssued())
                .when(new ReturnMemberTransfer(ID, null, reason, TODAY, leadUnitOfficer()))
                .expectEvents(new MemberTransferReturned(ID, reason, TODAY, "officer-1"),
                        new TaskCancelled(ID, reason, TODAY, "officer-1"));
    }

    @Test
    void a_return_needs_its_reason() {
        fixture.given(opened(), letterIssued())
                .when(new ReturnMemberTransfer(ID, null, null, TODAY, assignee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void nothing_is_returned_before_the_letter_is_issued() {
        fixture.given(opened())
                .when(new ReturnMemberTransfer(ID, null, "Không rõ lý do.", TODAY, assignee()))
                .expectException(violates("step-out-of-order"))
                .expectNoEvents();
    }

    @Test
    void an_accepted_letter_cannot_be_returned() {
        fixture.given(opened(), letterIssued(), letterAccepted())
                .when(new ReturnMemberTransfer(ID, null, "Đổi ý.", TODAY, assignee()))
                .expectException(violates("step-out-of-order"))
                .expectNoEvents();
    }

    @Test
    void the_return_cannot_be_dated_before_the_letter() {
        fixture.given(opened(), letterIssued())
                .when(new ReturnMemberTransfer(ID, null, "Sai thông tin.", LETTER_ON.minusDays(1), assignee()))
                .expectException(violates("not-before-previous-step"))
                .expectNoEvents();
    }

    // ---- withdrawal --------------------------------------------------------------------

    @Test
    void a_requested_transfer_is_withdrawn_with_its_reason() {
        String reason = "Quyết định tuyển dụng bị hủy.";
        fixture.given(opened())
                .when(new WithdrawMemberTransfer(ID, null, reason, TODAY, assignee()))
                .expectEvents(new MemberTransferWithdrawn(ID, reason, TODAY, MEMBER),
                        new TaskCancelled(ID, reason, TODAY, MEMBER));
    }

    @Test
    void a_transfer_with_an_issued_letter_can_still_be_withdrawn() {
        String reason = "Đảng viên nghỉ việc trước khi nộp giấy giới thiệu.";
        fixture.given(opened(), letterIssued())
                .when(new WithdrawMemberTransfer(ID, null, reason, TODAY, assignee()))
                .expectEvents(new MemberTransferWithdrawn(ID, reason, TODAY, MEMBER),
                        new TaskCancelled(ID, reason, TODAY, MEMBER));
    }

    @Test
    void an_accepted_transfer_cannot_be_withdrawn() {
        fixture.given(opened(), letterIssued(), letterAccepted())
                .when(new WithdrawMemberTransfer(ID, null, "Đổi ý.", TODAY, assignee()))
                .expectException(violates("withdrawal-before-acceptance"))
                .expectNoEvents();
    }

    @Test
    void a_withdrawal_needs_its_reason() {
        fixture.given(opened())
                .when(new WithdrawMemberTransfer(ID, null, "  ", TODAY, assignee()))
                .expectException(violates("required"))
                .expectNoEvents();
    }

    @Test
    void the_withdrawal_cannot_be_dated_before_the_letter() {
        fixture.given(opened(), letterIssued())
                .when(new WithdrawMemberTransfer(ID, null, "Hủy.", LETTER_ON.minusDays(1), assignee()))
                .expectException(violates("not-before-previous-step"))
                .expectNoEvents();
    }

    @Test
    void nothing_happens_after_a_withdrawal() {
        fixture.given(opened(), new MemberTransferWithdrawn(ID, "Hủy.", LETTER_ON, MEMBER),
                        new TaskCancelled(ID, "Hủy.", LETTER_ON, MEMBER))
                .when(new IssueIntroductionLetter(ID, null, LETTER, null, TODAY, assignee()))
                .expectException(violates("task-closed"))
                .expectNoEvents();
    }

    // ---- helpers -----------------------------------------------------------------------

    private static RequestMemberTransfer request(TransferDirection direction, TransferType type,
                                                 TemporaryPeriod period, PartyOrganization sending,
                                                 PartyOrganization receiving, LocalDate decision) {
        return new RequestMemberTransfer(ID, header(), MEMBER_REF, direction, type, period, sending, receiving,
                decision, OPENED, organizationCommittee());
    }

    private static MemberTransferRequested requested(TransferDirection direction, TransferType type,
                                                     TemporaryPeriod period, PartyOrganization sending,
                                                     PartyOrganization receiving, LocalDate decision,
                                                     LocalDate openedOn) {
        return new MemberTransferRequested(ID, header(), MEMBER_REF, direction, type, period, sending, receiving,
                decision, openedOn, "ban-to-chuc");
    }

    private static Object opened() {
        return opened(DECISION, OPENED);
    }

    private static Object opened(LocalDate decision, LocalDate openedOn) {
        return stored(MemberTransfer.class,
                requested(RESIDENCE_TO_ENTERPRISE, OFFICIAL, null, RESIDENCE, ENTERPRISE, decision, openedOn));
    }

    private static IntroductionLetterIssued letterIssued() {
        return letterIssuedOn(LETTER_ON);
    }

    private static IntroductionLetterIssued letterIssuedOn(LocalDate on) {
        return new IntroductionLetterIssued(ID, LETTER, new Timeliness(on.plusDays(90), 0, null), on, MEMBER);
    }

    private static IntroductionLetterAccepted letterAccepted() {
        return new IntroductionLetterAccepted(ID, new Timeliness(LETTER_ON.plusDays(42), 0, null), TODAY, MEMBER);
    }

    private static TemporaryPeriod period(String from, String until) {
        return new TemporaryPeriod(LocalDate.parse(from), LocalDate.parse(until));
    }

}
