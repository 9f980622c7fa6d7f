package vn.directives.command.generaltask;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.DirectiveCatalogue;
import vn.directives.command.common.RegisteredEnterprises;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.SteeringRoster;
import vn.directives.command.common.UnitDirectory;
import vn.directives.command.task.Task;
import vn.directives.events.enterprise.OrganizationFounding;
import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.generaltask.ProgressReported;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

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
    private static final String FOUNDING = "organizationFounded.";

    /** The task's own progress, last reported; each coordinating unit's contribution apart. */
    private int percentage;
    private final Map<String, Integer> contributions = new HashMap<>();

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

    /**
     * The task's own progress, or a coordinating unit's contribution to it: an officer of a
     * coordinating unit reports how far their unit's part is, which does not move the task's own
     * figure. Each goes backwards only with a reason, against its own last report.
     */
    @CommandHandler
    long handle(ReportProgress command) {
        Contributor contributor = checkContribution(command, command.coordinatingUnitId());
        if (command.percentage() < 0 || command.percentage() > MAX_PERCENTAGE) {
            throw RuleViolation.invalid("percentage-range", "percentage",
                    "Tiến độ phải từ 0 đến 100 phần trăm.", "The progress must be from 0 to 100 percent.");
        }
        requireText(command.text(), "text");
        String unit = contributor.coordinatingUnitId();
        int previous = unit == null ? percentage : contributions.getOrDefault(unit, 0);
        boolean backwards = command.percentage() < previous;
        if (backwards && (command.reason() == null || command.reason().isBlank())) {
            throw RuleViolation.invalid("progress-backwards-needs-reason", "reason",
                    "Tiến độ thấp hơn lần báo cáo trước (" + previous + "%); cần nêu lý do.",
                    "The progress is below the last report (" + previous + "%); a reason is needed.");
        }
        return record(new ProgressReported(taskId(), command.percentage(), previous, command.text(),
                backwards ? command.reason() : null, unit, contributor.on(), command.context().userId()));
    }

    @CommandHandler
    long handle(CompleteGeneralTask command, RegisteredEnterprises enterprises) {
        LocalDate on = checkOwnStep(command);
        requireText(command.productDocument(), "productDocument");
        OrganizationFounding founded = command.organizationFounded() == null ? null
                : founding(command.organizationFounded(), on, enterprises);
        return complete(new GeneralTaskCompleted(taskId(), command.productDocument(), founded, on,
                command.context().userId()), on, command.context());
    }

    /**
     * The organization the task founded: in a registered enterprise, by the day the task completes. The
     * registry's own rules (one organization of a kind at a time, nothing after the enterprise ceased…) are
     * the enterprise's, checked in the same transaction when the enterprise records it.
     */
    private static OrganizationFounding founding(CompleteGeneralTask.Founding founding, LocalDate completedOn,
                                                 RegisteredEnterprises enterprises) {
        String taxCode = requireText(founding.enterpriseTaxCode(), FOUNDING + "enterpriseTaxCode").strip();
        String name = enterprises.nameOf(taxCode).orElseThrow(() -> RuleViolation.refused("enterprise-not-registered",
                FOUNDING + "enterpriseTaxCode",
                "Doanh nghiệp có mã số thuế " + taxCode + " chưa có trong sổ theo dõi doanh nghiệp.",
                "No enterprise with tax code " + taxCode + " is registered."));
        LocalDate foundedOn = founding.foundedOn() == null ? completedOn : founding.foundedOn();
        if (foundedOn.isAfter(completedOn)) {
            throw RuleViolation.invalid("founded-after-completion", FOUNDING + "foundedOn",
                    "Ngày thành lập không được sau ngày hoàn thành nhiệm vụ (" + completedOn + ").",
                    "The founding cannot be after the task's completion (" + completedOn + ").");
        }
        return new OrganizationFounding(taxCode, name, founding.kind(), founding.members(), foundedOn);
    }

    @EventSourcingHandler
    void on(ProgressReported event) {
        if (event.coordinatingUnitId() == null) {
            percentage = event.percentage();
        } else {
            contributions.put(event.coordinatingUnitId(), event.percentage());
        }
    }
}
