package vn.directives.command.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.report.DraftSection;
import vn.directives.events.report.ReportBasis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The commands on a report draft. {@code expectedVersion} comes from {@code If-Match} (null: no
 * check), as on tasks.
 */
final class DraftCommands {

    private DraftCommands() {
    }

    record CreateReportDraft(@TargetAggregateIdentifier String draftId, String directiveId, LocalDate periodFrom,
                             LocalDate periodTo, ReportBasis basis, long figuresPosition, CommandContext context) {
    }

    record RefreshDraftFigures(@TargetAggregateIdentifier String draftId, @TargetAggregateVersion Long expectedVersion,
                               long figuresPosition, CommandContext context) {
    }

    record WriteDraftSection(@TargetAggregateIdentifier String draftId, @TargetAggregateVersion Long expectedVersion,
                             DraftSection section, String text, CommandContext context) {
    }

    record AddressDraft(@TargetAggregateIdentifier String draftId, @TargetAggregateVersion Long expectedVersion,
                        List<String> recipients, String signatureForm, String signatoryTitle, String signatoryName,
                        CommandContext context) {
    }

    record SubmitDraft(@TargetAggregateIdentifier String draftId, @TargetAggregateVersion Long expectedVersion,
                       CommandContext context) {
    }

    record ReturnDraft(@TargetAggregateIdentifier String draftId, @TargetAggregateVersion Long expectedVersion,
                       String comments, CommandContext context) {
    }

    record ApproveDraft(@TargetAggregateIdentifier String draftId, @TargetAggregateVersion Long expectedVersion,
                        CommandContext context) {
    }

    /**
     * Issue the approved draft as rendered by the query side at {@code expectedVersion}: the exact
     * bytes of each format (json, docx, xlsx, pdf), hashed and kept with the issue.
     */
    record IssueDraft(@TargetAggregateIdentifier String draftId, @TargetAggregateVersion Long expectedVersion,
                      String number, String numberSuffix, LocalDate issuedOn, Map<String, byte[]> files,
                      CommandContext context) {
    }
}
