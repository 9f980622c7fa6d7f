package vn.directives.command.generaltask;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.DirectiveCatalogue;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.SteeringRoster;
import vn.directives.command.common.UnitDirectory;
import vn.directives.command.task.Task;
import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.generaltask.ProgressReported;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A general task (nhiệm vụ): any duty of a directive's point (disseminating it, a dialogue with
 * enterprise owners, an inspection…) that ends with a product. Between opening and completion,
 * whoever may act on it reports progress in percent; a figure may go down (work found wanting)
 * only with a reason. Reaching 100 % does not complete the task: completion names the product.
 */
@Aggregate
class GeneralTask extends Task {

    static final int MAX_PERCENTAGE = 100;

    private int percentage;

    GeneralTask() {
        // for Axon
    }

    /** A sub-task delegated by another task: the parent checked the rules ({@link GeneralSubTasks}). */
    GeneralTask(GeneralTaskOpened opening) {
        apply(opening);
    }

    @CommandHandler
    GeneralTask(OpenGeneralTask command, DirectiveCatalogue directives, UnitDirectory units, SteeringRoster roster) {
        LocalDate on = checkOpening(command.task(), command.openedOn(), command.context(), directives, units, roster);
        requireText(command.expectedProduct(), "expectedProduct");
        apply(new GeneralTaskOpened(command.taskId(), command.task(), command.description(),
                command.expectedProduct(), null, on, command.context().userId()));
    }

    @CommandHandler
    long handle(ReportProgress command) {
        LocalDate on = checkOwnStep(command);
        if (command.percentage() < 0 || command.percentage() > MAX_PERCENTAGE) {
            throw RuleViolation.invalid("percentage-range", "percentage",
                    "Tiến độ phải từ 0 đến 100 phần trăm.", "The progress must be from 0 to 100 percent.");
        }
        requireText(command.text(), "text");
        boolean backwards = command.percentage() < percentage;
        if (backwards && (command.reason() == null || command.reason().isBlank())) {
            throw RuleViolation.invalid("progress-backwards-needs-reason", "reason",
                    "Tiến độ thấp hơn lần báo cáo trước (" + percentage + "%); cần nêu lý do.",
                    "The progress is below the last report (" + percentage + "%); a reason is needed.");
        }
        return record(new ProgressReported(taskId(), command.percentage(), percentage, command.text(),
                backwards ? command.reason() : null, on, command.context().userId()));
    }

    @CommandHandler
    long handle(CompleteGeneralTask command) {
        LocalDate on = checkOwnStep(command);
        requireText(command.productDocument(), "productDocument");
        return complete(new GeneralTaskCompleted(taskId(), command.productDocument(), on, command.context().userId()),
                on, command.context());
    }

    @EventSourcingHandler
    void on(ProgressReported event) {
        percentage = event.percentage();
    }
}
