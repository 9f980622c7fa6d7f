package vn.directives.command.cellestablishment;

import vn.directives.command.common.CommandContext;
import vn.directives.events.task.TaskHeader;

import java.time.LocalDate;

record OpenCellEstablishment(String taskId, TaskHeader task, String enterpriseTaxCode, String enterpriseName,
                             LocalDate openedOn, CommandContext context) {
}
