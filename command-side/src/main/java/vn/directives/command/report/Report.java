package vn.directives.command.report;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.events.report.ReportIssued;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A report issued to the Standing Committee. Issuing is the Organization Committee's, and only
 * once the cut-off day is over: before that, what was recorded by the end of the day is not yet
 * known, and the report as recorded could still change.
 */
@Aggregate
class Report {

    @AggregateIdentifier
    private String reportId;

    Report() {
        // for Axon
    }

    @CommandHandler
    Report(IssueReport command) {
        Rules.requireOrganizationCommittee(command.context());
        if (!command.cutOff().isBefore(command.context().today())) {
            throw RuleViolation.refused("cut-off-not-over", "cutOff",
                    "Chỉ ban hành báo cáo sau khi đã hết ngày chốt số liệu (" + command.cutOff() + ").",
                    "A report is issued only after its cut-off day (" + command.cutOff() + ") is over.");
        }
        apply(new ReportIssued(command.reportId(), command.directiveId(), command.number(), command.basis(),
                command.cutOff(), command.historyPosition(), command.sha256(), command.context().today(),
                command.context().userId()));
    }

    @EventSourcingHandler
    void on(ReportIssued event) {
        reportId = event.reportId();
    }
}
