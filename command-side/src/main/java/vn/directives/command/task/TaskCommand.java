package vn.directives.command.task;

import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/**
 * A command on an existing task. The kind comes from the URL (/api/surveys/{id}/...) and must
 * match the task's; the expected version comes from If-Match (null: no check).
 */
public interface TaskCommand {

    String taskId();

    TaskKind kind();

    Long expectedVersion();

    /** When the step happened, as the user states it; null means today. */
    LocalDate effectiveOn();

    CommandContext context();
}
