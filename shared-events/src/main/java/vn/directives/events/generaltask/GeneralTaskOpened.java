package vn.directives.events.generaltask;

import org.axonframework.serialization.Revision;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskOpening;

import java.time.LocalDate;

/**
 * A general task was opened: what is to be done ({@code description}) and the product expected
 * of it (sản phẩm: "Báo cáo", "Kế hoạch", "Hội nghị"…). {@code parentTaskId} is set when the task
 * was delegated to a lower-level unit as a part of another task (null for a task opened on its
 * own); the parent's stream then holds the matching {@code SubTaskDelegated}.
 */
@Revision("1")
public record GeneralTaskOpened(String taskId, TaskHeader task, String description, String expectedProduct,
                                String parentTaskId, LocalDate openedOn, String openedBy)
        implements GeneralTaskEvent, TaskOpening {

    @Override
    public TaskKind kind() {
        return TaskKind.GENERAL;
    }
}
