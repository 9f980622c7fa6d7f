package vn.directives.command.report;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.events.report.DraftSection;
import vn.directives.events.report.ReportBasis;
import vn.directives.events.report.ReportDraftApproved;
import vn.directives.events.report.ReportDraftCreated;
import vn.directives.events.report.ReportDraftIssued;
import vn.directives.events.report.ReportDraftReturned;
import vn.directives.events.report.ReportDraftSectionWritten;
import vn.directives.events.report.ReportDraftSubmitted;
import vn.directives.platform.security.Role;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directives.command.common.RuleViolations.violates;

class ReportDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 7, 10);
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 6, 30);
    private static final String WORDS = "Các cấp ủy đã quán triệt sâu sắc Chỉ thị 👍 (e\u0301)";

    private final InMemoryIssuedReports issued = new InMemoryIssuedReports();
    private FixtureConfiguration<ReportDraft> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReportDraft.class);
        fixture.registerInjectableResource(issued);
    }

    @Test
    void the_organization_committee_creates_a_draft_for_a_period_with_its_figures_frozen_at_a_history_position() {
        fixture.givenNoPriorActivity()
                .when(new DraftCommands.CreateReportDraft("d-1", "directive-42", FROM, TO, ReportBasis.AS_RECORDED,
                        812L, committee()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DraftCommands.CreateReportDraft("d-1", "directive-42", TO, FROM, ReportBasis.AS_RECORDED,
                        1L, committee()))
                .expectException(violates("period-order", "from"))
                .expectNoEvents();
    }

    @Test
    void a_period_longer_than_the_directive_s_life_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DraftCommands.CreateReportDraft("d-1", "directive-42", LocalDate.of(2022, 1, 1), TO,
                        ReportBasis.AS_RECORDED, 1L, committee()))
                .expectException(violates("period-before-directive", "from"))
                .expectNoEvents();
    }

    @Test
    void only_the_organization_committee_writes_reports() {
        fixture.given(created())
                .when(new DraftCommands.WriteDraftSection("d-1", null, DraftSection.LESSONS, WORDS,
                        new CommandContext("thuong-vu", Set.of(Role.STANDING_COMMITTEE), null, TODAY)))
                .expectException(violates("organization-committee-only"))
                .expectNoEvents();
    }

    @Test
    void each_section_edit_is_an_event_with_who_and_when_and_keeps_any_unicode() {
        fixture.given(created())
                .when(new DraftCommands.WriteDraftSection("d-1", null, DraftSection.HIGHLIGHTS, WORDS, committee()))
                .expectEvents(new ReportDraftSectionWritten("d-1", DraftSection.HIGHLIGHTS, WORDS, TODAY,
                        "ban-to-chuc"));
    }

    @Test
    void a_draft_under_review_is_not_edited() {
        fixture.given(created(), submitted())
                .when(new DraftCommands.WriteDraftSection("d-1", null, DraftSection.LESSONS, WORDS, committee()))
                .expectException(violates("not-a-draft"))
                .expectNoEvents();
    }

    @Test
    void a_returned_draft_carries_the_comments_and_is_a_draft_again() {
        fixture.given(created(), submitted(), new ReportDraftReturned("d-1", "Bổ sung số liệu", TODAY, "truong-ban"))
                .when(new DraftCommands.WriteDraftSection("d-1", null, DraftSection.LESSONS, WORDS, committee()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void returning_needs_comments() {
        fixture.given(created(), submitted())
                .when(new DraftCommands.ReturnDraft("d-1", null, " ", committee()))
                .expectException(violates("required", "comments"))
                .expectNoEvents();
    }

    @Test
    void issuing_without_approval_is_refused() {
        fixture.given(created(), submitted())
                .when(issue("125"))
                .expectException(violates("not-approved"))
                .expectNoEvents();
    }

    @Test
    void an_approved_draft_is_issued_with_the_hash_of_each_format_and_its_bytes_kept() {
        fixture.given(created(), submitted(), approved())
                .when(issue("125"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReportDraftIssued("d-1", "directive-42", "125", "BC/BTCTU", TODAY,
                        ReportSource.sha256(bytes("json")), ReportSource.sha256(bytes("docx")),
                        ReportSource.sha256(bytes("xlsx")), ReportSource.sha256(bytes("pdf")), "ban-to-chuc"));
        assertThat(issued.kept).containsOnlyKeys("json", "docx", "xlsx", "pdf");
    }

    @Test
    void a_number_the_issuing_body_used_that_year_is_refused() {
        issued.claimNumber("BC/BTCTU", 2024, "125", "another-draft");
        fixture.given(created(), submitted(), approved())
                .when(issue("125"))
                .expectException(violates("number-taken", "number"))
                .expectNoEvents();
        assertThat(issued.kept).isEmpty();
    }

    @Test
    void a_report_is_issued_only_once_its_period_is_over() {
        fixture.given(new ReportDraftCreated("d-1", "directive-42", FROM, TODAY, ReportBasis.AS_RECORDED, 812L,
                        TODAY, "ban-to-chuc"), submitted(), approved())
                .when(issue("125"))
                .expectException(violates("cut-off-not-over"))
                .expectNoEvents();
    }

    @Test
    void editing_an_issued_report_is_refused() {
        fixture.given(created(), submitted(), approved(), new ReportDraftIssued("d-1", "directive-42", "125",
                        "BC/BTCTU", TODAY, "a", "b", "c", "d", "ban-to-chuc"))
                .when(new DraftCommands.RefreshDraftFigures("d-1", null, 900L, committee()))
                .expectException(violates("not-a-draft"))
                .expectNoEvents();
    }

    private static DraftCommands.IssueDraft issue(String number) {
        Map<String, byte[]> files = new HashMap<>();
        for (String format : ReportDraft.FORMATS) {
            files.put(format, bytes(format));
        }
        return new DraftCommands.IssueDraft("d-1", null, number, "BC/BTCTU", TODAY, files, committee());
    }

    private static byte[] bytes(String format) {
        return ("the issued " + format).getBytes(StandardCharsets.UTF_8);
    }

    private static ReportDraftCreated created() {
        return new ReportDraftCreated("d-1", "directive-42", FROM, TO, ReportBasis.AS_RECORDED, 812L, TODAY,
                "ban-to-chuc");
    }

    private static ReportDraftSubmitted submitted() {
        return new ReportDraftSubmitted("d-1", TODAY, "ban-to-chuc");
    }

    private static ReportDraftApproved approved() {
        return new ReportDraftApproved("d-1", TODAY, "truong-ban");
    }

    private static CommandContext committee() {
        return new CommandContext("ban-to-chuc", Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    }

    /** The directive 42 issued on 23/12/2022; numbers and files in memory (the JDBC one is covered end to end). */
    private static final class InMemoryIssuedReports implements IssuedReports {

        private final Set<String> numbers = new HashSet<>();
        final Map<String, byte[]> kept = new HashMap<>();

        @Override
        public Optional<LocalDate> directiveIssuedOn(String directiveId) {
            return "directive-42".equals(directiveId) ? Optional.of(LocalDate.of(2022, 12, 23)) : Optional.empty();
        }

        @Override
        public boolean claimNumber(String numberSuffix, int year, String number, String draftId) {
            return numbers.add(numberSuffix + "/" + year + "/" + number);
        }

        @Override
        public void keep(String draftId, Map<String, byte[]> files, Map<String, String> sha256) {
            kept.putAll(files);
        }
    }
}
