package vn.directives.command.survey;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.DirectiveCatalogue;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.SteeringRoster;
import vn.directives.command.common.UnitDirectory;
import vn.directives.command.task.Task;
import vn.directives.events.survey.SurveyClosed;
import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.events.survey.SurveyOpened;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A survey (khảo sát) of enterprises over a scope and a period; closes with a summary. */
@Aggregate
class Survey extends Task {

    private final Set<String> surveyedTaxCodes = new HashSet<>();

    Survey() {
        // for Axon
    }

    @CommandHandler
    Survey(OpenSurvey command, DirectiveCatalogue directives, UnitDirectory units, SteeringRoster roster) {
        LocalDate on = checkOpening(command.task(), command.openedOn(), command.context(), directives, units, roster);
        if (command.periodTo().isBefore(command.periodFrom())) {
            throw RuleViolation.invalid("period-order", "periodTo", "Ngày kết thúc khảo sát phải sau ngày bắt đầu.",
                    "The survey period must end after it starts.");
        }
        apply(new SurveyOpened(command.taskId(), command.task(), command.scope(), command.periodFrom(),
                command.periodTo(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(RecordSurveyFinding command) {
        LocalDate on = checkOwnStep(command);
        SurveyFindingsRules.check(command.findings());
        return record(new SurveyFindingRecorded(taskId(), command.findings(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(CloseSurvey command) {
        LocalDate on = checkOwnStep(command);
        requireText(command.summary(), "summary");
        if (surveyedTaxCodes.isEmpty()) {
            throw RuleViolation.refused("survey-without-findings",
                    "Chưa ghi nhận kết quả khảo sát doanh nghiệp nào; chưa thể kết thúc khảo sát.",
                    "No enterprise findings recorded yet; the survey cannot be closed.");
        }
        return complete(new SurveyClosed(taskId(), command.summary(), surveyedTaxCodes.size(), on,
                command.context().userId()), on, command.context());
    }

    @EventSourcingHandler
    void on(SurveyFindingRecorded event) {
        surveyedTaxCodes.add(event.findings().taxCode());
    }
}
