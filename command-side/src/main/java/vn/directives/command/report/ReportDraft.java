package vn.directives.command.report;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.modelling.command.AggregateLifecycle;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.events.report.ReportDraftAddressed;
import vn.directives.events.report.ReportDraftApproved;
import vn.directives.events.report.ReportDraftCreated;
import vn.directives.events.report.ReportDraftFiguresRefreshed;
import vn.directives.events.report.ReportDraftIssued;
import vn.directives.events.report.ReportDraftReturned;
import vn.directives.events.report.ReportDraftSectionWritten;
import vn.directives.events.report.ReportDraftSubmitted;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A report the Organization Committee writes, has reviewed and issues: the figures of a period
 * folded from the history (frozen at a history position, refreshed on request while a draft),
 * its own words, recipients and signatory. Written only while a draft; submitted, then returned
 * with comments (a draft again) or approved; issued once approved and once the period is over,
 * under a number its issuing body has not used that year. Issued, it never changes.
 */
@Aggregate
class ReportDraft {

    /** The formats an issue keeps, as the query side renders them. */
    static final List<String> FORMATS = List.of("json", "docx", "xlsx", "pdf");

    @AggregateIdentifier
    private String draftId;
    private String directiveId;
    private LocalDate periodTo;
    private DraftStatus status;

    ReportDraft() {
        // for Axon
    }

    @CommandHandler
    ReportDraft(DraftCommands.CreateReportDraft command, IssuedReports issued) {
        Rules.requireOrganizationCommittee(command.context());
        if (command.periodFrom().isAfter(command.periodTo())) {
            throw RuleViolation.invalid("period-order", "from",
                    "Ngày bắt đầu kỳ báo cáo (from) phải trước hoặc bằng ngày kết thúc (to).",
                    "The period's start (from) must be on or before its end (to).");
        }
        LocalDate issuedOn = issued.directiveIssuedOn(command.directiveId()).orElseThrow(() ->
                RuleViolation.refused("unknown-directive", "directiveId", "Không có chỉ thị này.",
                        "There is no such directive."));
        if (command.periodFrom().isBefore(issuedOn)) {
            throw RuleViolation.invalid("period-before-directive", "from",
                    "Kỳ báo cáo không được bắt đầu trước ngày ban hành chỉ thị (" + issuedOn + ").",
                    "The period cannot start before the directive was issued (" + issuedOn + ").");
        }
        AggregateLifecycle.apply(new ReportDraftCreated(command.draftId(), command.directiveId(), command.periodFrom(),
                command.periodTo(), command.basis(), command.figuresPosition(), command.context().today(),
                command.context().userId()));
    }

    @CommandHandler
    long handle(DraftCommands.RefreshDraftFigures command) {
        requireWritable(command.context());
        return Rules.record(new ReportDraftFiguresRefreshed(draftId, command.figuresPosition(),
                command.context().today(), command.context().userId()));
    }

    @CommandHandler
    long handle(DraftCommands.WriteDraftSection command) {
        requireWritable(command.context());
        return Rules.record(new ReportDraftSectionWritten(draftId, command.section(),
                command.text() == null ? "" : command.text(), command.context().today(), command.context().userId()));
    }

    @CommandHandler
    long handle(DraftCommands.AddressDraft command) {
        requireWritable(command.context());
        return Rules.record(new ReportDraftAddressed(draftId, List.copyOf(command.recipients()),
                command.signatureForm() == null ? "" : command.signatureForm(),
                Rules.requireText(command.signatoryTitle(), "signatoryTitle"),
                command.signatoryName() == null ? "" : command.signatoryName(),
                command.context().today(), command.context().userId()));
    }

    @CommandHandler
    long handle(DraftCommands.SubmitDraft command) {
        requireStatus(command.context(), DraftStatus.DRAFT, "not-a-draft",
                "Chỉ gửi duyệt được báo cáo đang ở dạng dự thảo.", "Only a draft can be submitted for review.");
        return Rules.record(new ReportDraftSubmitted(draftId, command.context().today(), command.context().userId()));
    }

    @CommandHandler
    long handle(DraftCommands.ReturnDraft command) {
        requireStatus(command.context(), DraftStatus.SUBMITTED, "not-submitted",
                "Chỉ trả lại được dự thảo đang chờ duyệt.", "Only a draft under review can be returned.");
        return Rules.record(new ReportDraftReturned(draftId, Rules.requireText(command.comments(), "comments"),
                command.context().today(), command.context().userId()));
    }

    @CommandHandler
    long handle(DraftCommands.ApproveDraft command) {
        requireStatus(command.context(), DraftStatus.SUBMITTED, "not-submitted",
                "Chỉ duyệt được dự thảo đang chờ duyệt.", "Only a draft under review can be approved.");
        return Rules.record(new ReportDraftApproved(draftId, command.context().today(), command.context().userId()));
    }

    @CommandHandler
    long handle(DraftCommands.IssueDraft command, IssuedReports issued) {
        requireStatus(command.context(), DraftStatus.APPROVED, "not-approved",
                "Chỉ ban hành được báo cáo đã được duyệt.", "Only an approved report can be issued.");
        if (!periodTo.isBefore(command.context().today())) {
            throw RuleViolation.refused("cut-off-not-over", "to",
                    "Chỉ ban hành báo cáo sau khi đã hết ngày chốt số liệu (" + periodTo + ").",
                    "A report is issued only after its cut-off day (" + periodTo + ") is over.");
        }
        if (command.issuedOn().isBefore(periodTo) || command.issuedOn().isAfter(command.context().today())) {
            throw RuleViolation.invalid("issued-on-range", "issuedOn",
                    "Ngày ban hành phải từ ngày chốt số liệu đến hôm nay.",
                    "The issue date must lie between the cut-off and today.");
        }
        if (!issued.claimNumber(command.numberSuffix(), command.issuedOn().getYear(), command.number(), draftId)) {
            throw RuleViolation.refused("number-taken", "number",
                    "Số " + command.number() + "-" + command.numberSuffix() + " đã được dùng trong năm "
                            + command.issuedOn().getYear() + ".",
                    "Number " + command.number() + "-" + command.numberSuffix() + " was already used in "
                            + command.issuedOn().getYear() + ".");
        }
        Map<String, String> sha256 = new TreeMap<>();
        command.files().forEach((format, bytes) -> sha256.put(format, ReportSource.sha256(bytes)));
        issued.keep(draftId, command.files(), sha256);
        return Rules.record(new ReportDraftIssued(draftId, directiveId, command.number(), command.numberSuffix(),
                command.issuedOn(), sha256.get("json"), sha256.get("docx"), sha256.get("xlsx"), sha256.get("pdf"),
                command.context().userId()));
    }

    private void requireWritable(CommandContext context) {
        requireStatus(context, DraftStatus.DRAFT, "not-a-draft",
                "Chỉ sửa được báo cáo đang ở dạng dự thảo (chưa gửi duyệt, chưa ban hành).",
                "Only a draft (not under review, approved or issued) can be edited.");
    }

    private void requireStatus(CommandContext context, DraftStatus required, String rule, String vi, String en) {
        Rules.requireOrganizationCommittee(context);
        if (status != required) {
            throw RuleViolation.refused(rule, vi, en + " (it is " + status + ")");
        }
    }

    @EventSourcingHandler
    void on(ReportDraftCreated event) {
        draftId = event.draftId();
        directiveId = event.directiveId();
        periodTo = event.periodTo();
        status = DraftStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ReportDraftSubmitted event) {
        status = DraftStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ReportDraftReturned event) {
        status = DraftStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ReportDraftApproved event) {
        status = DraftStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ReportDraftIssued event) {
        status = DraftStatus.ISSUED;
    }
}
