package vn.directives.command.report;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;
import vn.directives.events.report.ReportBasis;
import vn.directives.events.report.ReportIssued;

import java.time.LocalDate;
import java.util.Set;

import static vn.directives.command.common.RuleViolations.violates;

class ReportTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 11, 20);
    private static final LocalDate CUT_OFF = LocalDate.of(2023, 11, 15);
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private FixtureConfiguration<Report> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Report.class);
    }

    @Test
    void the_organization_committee_issues_a_report_with_its_number_basis_cut_off_and_hash() {
        fixture.givenNoPriorActivity()
                .when(issue(CUT_OFF, Role.ORGANIZATION_COMMITTEE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReportIssued("report-1", "directive-42", "125", ReportBasis.CORRECTED, CUT_OFF,
                        812L, HASH, TODAY, "ban-to-chuc"));
    }

    @Test
    void only_the_organization_committee_issues_reports() {
        fixture.givenNoPriorActivity()
                .when(issue(CUT_OFF, Role.STANDING_COMMITTEE))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void a_report_is_issued_only_once_its_cut_off_day_is_over() {
        fixture.givenNoPriorActivity()
                .when(issue(TODAY, Role.ORGANIZATION_COMMITTEE))
                .expectException(violates("cut-off-not-over"))
                .expectNoEvents();
    }

    private static IssueReport issue(LocalDate cutOff, Role role) {
        return new IssueReport("report-1", "directive-42", "125", ReportBasis.CORRECTED, cutOff, 812L, HASH,
                new CommandContext("ban-to-chuc", Set.of(role), null, TODAY));
    }

}
