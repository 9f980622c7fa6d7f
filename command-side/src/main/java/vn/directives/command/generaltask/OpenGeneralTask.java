package vn.directives.command.generaltask;

import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskHeader;

import java.time.LocalDate;

/** Opens a general task with what is to be done and the product expected. */
record OpenGeneralTask(String taskId, TaskHeader task, String description, String expectedProduct,
                       LocalDate openedOn, CommandContext context) {
}
