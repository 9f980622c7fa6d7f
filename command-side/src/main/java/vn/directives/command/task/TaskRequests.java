package vn.directives.command.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.directives.events.task.TaskHeader;

import java.time.LocalDate;
import java.util.List;

/** Request parts every kind's opening shares. */
public final class TaskRequests {

    private TaskRequests() {
    }

    /** The common part of an opening request: directive point, title, units, assignee, due date. */
    public record Header(@NotBlank @Size(max = 64) String directiveId,
                         @Min(1) @Max(99) int pointNumber,
                         @NotBlank @Size(max = 500) String title,
                         @NotBlank @Size(max = 100) String leadUnitId,
                         @Size(max = 30) List<@NotBlank @Size(max = 100) String> coordinatingUnitIds,
                         @NotBlank @Size(max = 100) String assigneeId,
                         @NotNull LocalDate dueDate) {

        public TaskHeader toValue() {
            return new TaskHeader(directiveId, pointNumber, title, leadUnitId, coordinatingUnitIds, assigneeId, dueDate);
        }
    }
}
